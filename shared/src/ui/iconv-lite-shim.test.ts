import { describe, expect, it } from 'vitest';
import { decode, encodingExists } from './iconv-lite-shim.js';

// "テスト" in Shift_JIS (cp932) and EUC-JP, and "é" in windows-1252.
const SJIS = new Uint8Array([0x83, 0x65, 0x83, 0x58, 0x83, 0x67]);
const EUC = new Uint8Array([0xa5, 0xc6, 0xa5, 0xb9, 0xa5, 0xc8]);

describe('iconv-lite shim (TextDecoder)', () => {
  it('decodes the code pages msgreader passes, by number or name', () => {
    expect(decode(SJIS, '932')).toBe('テスト');
    expect(decode(SJIS, 'cp932')).toBe('テスト');
    expect(decode(SJIS, 'shiftjis')).toBe('テスト');
    expect(decode(EUC, '51932')).toBe('テスト');
    expect(decode(new Uint8Array([0xe9]), '1252')).toBe('é');
    expect(decode(new Uint8Array([0xe9]), 'cp28591')).toBe('é');
  });
  it('falls back to windows-1252 for an unknown code page instead of throwing', () => {
    expect(decode(new Uint8Array([0x41, 0xe9]), 'cp99999')).toBe('Aé');
    expect(encodingExists('cp99999')).toBe(false);
    expect(encodingExists('932')).toBe(true);
  });
});
