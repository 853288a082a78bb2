import { describe, expect, it } from 'vitest';
import { UI_EN, UI_JA, fill } from './strings.js';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
// Keys whose value is the same in both languages on purpose (language names, the product name).
const SAME_OK = new Set(['langJa', 'langEn']);

describe('UI strings', () => {
  it('has every English key in Japanese, non-empty', () => {
    for (const k of Object.keys(UI_EN)) {
      expect(UI_JA[k as keyof typeof UI_EN], k).toBeTypeOf('string');
      expect(UI_JA[k as keyof typeof UI_EN].trim(), k).not.toBe('');
    }
    expect(Object.keys(UI_JA).sort()).toEqual(Object.keys(UI_EN).sort());
  });

  it('is translated: Japanese values contain Japanese script and differ from English', () => {
    for (const [k, v] of Object.entries(UI_JA)) {
      if (SAME_OK.has(k)) continue;
      expect(v, k).toMatch(JAPANESE);
      expect(v, k).not.toBe(UI_EN[k as keyof typeof UI_EN]);
    }
  });

  it('keeps the same placeholders in both languages', () => {
    const names = (s: string): string[] => [...s.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]!).sort();
    for (const k of Object.keys(UI_EN) as (keyof typeof UI_EN)[]) {
      expect(names(UI_JA[k]), k).toEqual(names(UI_EN[k]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{n} of {m}', { n: 2, m: 'x' })).toBe('2 of x');
    expect(fill('{n} and {missing}', { n: 1 })).toBe('1 and {missing}');
    expect(fill('{toString}', {})).toBe('{toString}');
  });
});
