import { describe, expect, it } from 'vitest';
import { normaliseNewlines, normaliseNewlinesText } from './newlines.js';
import { parseMessage } from './parse.js';
import { diagnose } from '../diagnose.js';
import { DSN_LINES, enc, thunderbirdRaw, withNewline } from './test-fixtures.js';

const dec = new TextDecoder();

describe('normaliseNewlines', () => {
  it('turns CRLF, lone CR and LF all into LF, byte for byte', () => {
    expect(dec.decode(normaliseNewlines(enc.encode('a\r\nb\rc\nd\r\r\ne\n\r')))).toBe('a\nb\nc\nd\n\ne\n\n');
  });

  it('returns LF-only input untouched (no copy)', () => {
    const b = enc.encode('a\nb\n');
    expect(normaliseNewlines(b)).toBe(b);
  });

  it('keeps 8-bit bytes (ISO-2022-JP escape, Shift_JIS) intact', () => {
    const b = new Uint8Array([0x1b, 0x24, 0x42, 0x0d, 0x0a, 0x82, 0xa0, 0x0d, 0x93, 0x0a]);
    expect([...normaliseNewlines(b)]).toEqual([0x1b, 0x24, 0x42, 0x0a, 0x82, 0xa0, 0x0a, 0x93, 0x0a]);
  });

  it('does the same for strings', () => {
    expect(normaliseNewlinesText('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });
});

describe('LF, CRLF, CR-only and mixed newlines parse the same', () => {
  const variants: Record<string, string> = {
    lf: withNewline(DSN_LINES, '\n'),
    crlf: withNewline(DSN_LINES, '\r\n'),
    cr: withNewline(DSN_LINES, '\r'),
    thunderbird: thunderbirdRaw(DSN_LINES),
  };

  it('gives the same message structure', async () => {
    const shape = async (s: string) => {
      const m = await parseMessage(enc.encode(s));
      return {
        headers: m.headers.filter((h) => !h.key.startsWith('x-mozilla')),
        subject: m.subject,
        text: m.text,
        parts: m.parts.map((p) => [p.mimeType, p.text]),
      };
    };
    const lf = await shape(variants.lf!);
    expect(lf.parts.map((p) => p[0])).toEqual(['message/delivery-status', 'message/rfc822']);
    expect(lf.text).toContain('User unknown');
    for (const name of ['crlf', 'cr', 'thunderbird']) expect(await shape(variants[name]!), name).toEqual(lf);
  });

  it('gives the same diagnosis', async () => {
    const lf = await diagnose(enc.encode(variants.lf!));
    expect(lf.recipients.map((r) => [r.address, r.status])).toEqual([['hanako@example.net', '5.1.1']]);
    for (const name of ['crlf', 'cr', 'thunderbird']) {
      const d = await diagnose(enc.encode(variants[name]!));
      expect(d.recipients.map((r) => [r.address, r.reason, r.status, r.diagnostic]), name).toEqual(lf.recipients.map((r) => [r.address, r.reason, r.status, r.diagnostic]));
      expect(d.kind, name).toBe(lf.kind);
    }
  });

  it('reads a string input like its bytes', async () => {
    const a = await diagnose(variants.cr!);
    const b = await diagnose(enc.encode(variants.lf!));
    expect(a.recipients.map((r) => r.reason)).toEqual(b.recipients.map((r) => r.reason));
  });
});
