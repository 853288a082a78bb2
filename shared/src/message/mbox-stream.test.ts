import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitMbox } from './mbox.js';
import { MboxSplitter } from './mbox-stream.js';
import { enc } from './test-fixtures.js';

/** Feeds the bytes in the given chunk sizes (cycled) and collects the messages. */
function stream(bytes: Uint8Array, sizes: number[], maxKeep: number): Uint8Array[] {
  const s = new MboxSplitter(maxKeep);
  const out: Uint8Array[] = [];
  let pos = 0;
  for (let k = 0; pos < bytes.length; k++) {
    const size = Math.max(1, sizes[k % sizes.length]!);
    // A fresh copy per chunk, then scribbled over, as a reader reusing its buffer would do.
    const chunk = bytes.slice(pos, pos + size);
    out.push(...s.push(chunk));
    chunk.fill(0x21);
    pos += size;
  }
  out.push(...s.end());
  return out;
}

const show = (ms: Uint8Array[]) => ms.map((m) => new TextDecoder('latin1').decode(m));

describe('MboxSplitter', () => {
  it('splits like splitMbox, whatever the chunk sizes and newline style', () => {
    const token = fc.constantFrom(
      'From a@example.org Mon Nov 23 10:00:00 2026', 'From MAILER-DAEMON  Tue Nov 24 10:00:00 2026', 'From the desk', '>From x Mon',
      'Subject: s', 'body text', '', '--b--', '--boundary--', '-- --', 'From ', 'From x Wed', '\u00e9\u00e8',
    );
    const nl = fc.constantFrom('\n', '\r\n', '\r');
    const doc = fc.tuple(fc.array(fc.tuple(token, nl), { maxLength: 60 }), fc.boolean()).map(([lines, trailing]) => {
      const s = lines.map(([t, n]) => t + n).join('');
      return enc.encode(trailing ? s : s.replace(/[\r\n]+$/, ''));
    });
    fc.assert(
      fc.property(doc, fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 400 }), (bytes, sizes, maxKeep) => {
        const want = splitMbox(bytes).map((m) => m.subarray(0, maxKeep));
        expect(show(stream(bytes, sizes, maxKeep))).toEqual(show(want));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps memory bounded: each message cut at maxKeep, however long', () => {
    const big = enc.encode(`From a@example.org Mon Nov 23 10:00:00 2026\nSubject: one\n\n${'x'.repeat(100_000)}\n\nFrom b@example.org Mon Nov 23 10:00:00 2026\nSubject: two\n\nshort\n`);
    const out = stream(big, [4096], 1000);
    expect(out.map((m) => m.length)).toEqual([1000, 'Subject: two\n\nshort\n'.length]);
  });
});
