import { describe, expect, it } from 'vitest';
import { squash } from './squash.js';

describe('squash', () => {
  it('collapses whitespace runs (newlines, tabs, full-width spaces) and trims', () => {
    expect(squash('  550 5.1.1\n\t  User\u3000unknown  ')).toBe('550 5.1.1 User unknown');
  });

  it('bounds the result', () => {
    expect(squash('ab '.repeat(10), 5)).toBe('ab ab');
    expect(squash('x'.repeat(3000)).length).toBe(2000);
  });
});

describe('squash against replace-and-trim', () => {
  it('gives the same text for every mix of blanks', () => {
    const pieces = ['a', 'bc', ' ', '  ', '\t', '\n', '\r', '\u00a0', '\u3000', '\ufeff', '\u2028', 'é', '日'];
    let x = 1;
    const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 20000; i++) {
      let s = '';
      const k = Math.floor(rnd() * 12);
      for (let j = 0; j < k; j++) s += pieces[Math.floor(rnd() * pieces.length)];
      const max = 1 + Math.floor(rnd() * 10);
      const old = s.replace(/\s+/g, ' ').trim();
      expect(squash(s)).toBe(old);
      expect(squash(s, max)).toBe(old.length > max ? old.slice(0, max) : old);
    }
  });
});
