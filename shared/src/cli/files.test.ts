import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles, readMessages } from './files.js';
import { makeInputs } from './test-inputs.js';

const inputs = makeInputs();
afterAll(() => rmSync(inputs.root, { recursive: true, force: true }));
const dec = new TextDecoder('latin1');
const texts = (items: Iterable<{ index: number; bytes?: Uint8Array; error?: string }>) => [...items].map((i) => [i.index, i.error ?? dec.decode(i.bytes)]);

describe('readMessages streaming', () => {
  it('gives the same messages streamed in small chunks as read whole', () => {
    const whole = texts(readMessages(inputs.mbox));
    expect(whole).toHaveLength(2);
    for (const chunkBytes of [1, 7, 64, 4096]) expect(texts(readMessages(inputs.mbox, { streamAbove: 0, chunkBytes }))).toEqual(whole);
  });

  const corpusMbox = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'bounces', 'mbox', 'mbox-0.mbox');
  it.skipIf(!existsSync(corpusMbox))('streams the corpus mbox (37 messages) like it reads it whole', () => {
    const whole = texts(readMessages(corpusMbox));
    expect(whole.length).toBe(37);
    expect(texts(readMessages(corpusMbox, { streamAbove: 0, chunkBytes: 1000 }))).toEqual(whole);
  });

  it('keeps only the first bytes of each message and of a big single message', () => {
    const cut = [...readMessages(inputs.mbox, { streamAbove: 0, keepBytes: 50 })];
    expect(cut.map((i) => i.bytes!.length)).toEqual([50, 50]);
    const big = join(inputs.root, 'big.eml');
    writeFileSync(big, 'Subject: big\n\n' + 'y'.repeat(100_000));
    const one = [...readMessages(big, { streamAbove: 1000, keepBytes: 500, chunkBytes: 128 })];
    expect(one).toHaveLength(1);
    expect(one[0]!.bytes!.length).toBe(500);
    expect(dec.decode(one[0]!.bytes!.subarray(0, 12))).toBe('Subject: big');
  });

  it('yields an error item for a file it cannot open', () => {
    expect(texts(readMessages(join(inputs.root, 'missing')))[0]![1]).toMatch(/^cannot read/);
  });
});

describe('listFiles', () => {
  it('lists every regular file once, sorted, and does not loop through a symlink back up the tree', () => {
    const d = join(inputs.root, 'looped');
    mkdirSync(join(d, 'sub'), { recursive: true });
    writeFileSync(join(d, 'b.eml'), 'x');
    writeFileSync(join(d, 'sub', 'a.eml'), 'x');
    symlinkSync(d, join(d, 'sub', 'up'));
    const { files, errors } = listFiles(d);
    expect(errors).toEqual([]);
    expect(files).toEqual([join(d, 'b.eml'), join(d, 'sub', 'a.eml')]);
  });

  it('names a path that is neither a file nor a directory, when given', () => {
    expect(listFiles('/dev/null').errors).toEqual([{ file: '/dev/null', error: 'not a regular file or directory' }]);
  });
});
