import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeQuotedPrintable } from './transfer.js';
import { decoderFor } from './decode.js';
import { enc } from './test-fixtures.js';

const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('decodeBase64', () => {
  it('decodes across line breaks, ignores junk, honours padding and the output cap', () => {
    expect(text(decodeBase64(enc.encode('NTUw\nIDUu\r\nMS4x *\n'), 100))).toBe('550 5.1.1');
    expect(text(decodeBase64(enc.encode('YQ==Yg=='), 100))).toBe('ab');
    expect(decodeBase64(enc.encode('QUJDREVGR0g='), 3).length).toBe(3);
  });

  it('agrees with a reference encoder on random bytes', () => {
    for (let n = 0; n < 50; n++) {
      const bytes = Uint8Array.from({ length: n * 7 }, (_, i) => (i * 131 + n) & 0xff);
      const b64 = btoa(String.fromCharCode(...bytes)).replace(/.{76}/g, '$&\n');
      expect([...decodeBase64(enc.encode(b64), 1e6)]).toEqual([...bytes]);
    }
  });
});

describe('decodeQuotedPrintable', () => {
  it('decodes =XX, drops soft line breaks (with trailing blanks) and keeps a stray =', () => {
    expect(text(decodeQuotedPrintable(enc.encode('a=3Db=\nc= \t\nd = e=4'), 100))).toBe('a=bcd = e=4');
    expect(text(decodeQuotedPrintable(enc.encode('=E5=AE=9B=E5=85=88'), 100))).toBe('宛先');
  });
});

describe('decoderFor', () => {
  it('knows the labels mail uses beyond the WHATWG list, and falls back without throwing', () => {
    const sjis = new Uint8Array([0x88, 0xb6, 0x90, 0xe6]);
    for (const label of ['Shift_JIS', 'x-sjis', 'cp932', 'Windows-31J', 'MS932']) expect(decoderFor(label).decode(sjis), label).toBe('宛先');
    expect(decoderFor('ISO-2022-JP').decode(new Uint8Array([0x1b, 0x24, 0x42, 0x30, 0x38, 0x40, 0x68, 0x1b, 0x28, 0x42]))).toBe('宛先');
    expect(decoderFor('x-unknown-charset').encoding).toBe('windows-1252');
    expect(decoderFor(null).encoding).toBe('utf-8');
    expect(decoderFor('').encoding).toBe('utf-8');
  });
});
