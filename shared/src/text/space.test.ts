import { describe, expect, it } from 'vitest';
import { isSpace } from './space.js';

describe('isSpace', () => {
  it('agrees with /\\s/ on every UTF-16 code unit, and is false outside them', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
    for (const c of [NaN, -1, -0xffe0, 0x10000, 0x10020, 0.5, 32.5, Infinity]) expect(isSpace(c)).toBe(false);
  });
});
