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
