// isNothingCode() reads characters; it must answer what /^[245]\.0\.\d+$/ answered, for any string.
import { describe, expect, it } from 'vitest';
import { isNothingCode, reasonForStatus } from './status-table.js';

const reference = (s: string): boolean => /^[245]\.0\.\d+$/.test(s);

describe('isNothingCode', () => {
  it('agrees with the regex on tricky and random strings', () => {
    const tricky = ['2.0.0', '4.0.0', '5.0.0', '5.0.900', '5.0.9999', '3.0.0', '5.0.', '5.0', '5.0.0\n', '\n5.0.0', '5.0.0 ', '5.0.x', '5.0.١', '5.00.0', '5.1.0', '4.0.00', 'x.0.0', '', '5', '5.', '5.0.0.0', '５.0.0'];
    const alphabet = ['2', '4', '5', '0', '9', '.', 'x', '\n', ' ', '١'];
    let seed = 3;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return (seed >>> 12) % n;
    };
    const random = Array.from({ length: 20000 }, () => {
      let s = ['2.0.', '5.0.', '4.0', ''][rnd(4)]!;
      for (let n = rnd(6); n > 0; n--) s += alphabet[rnd(alphabet.length)];
      return s;
    });
    expect([...tricky, ...random].filter((s) => isNothingCode(s) !== reference(s))).toEqual([]);
  });

  it('leaves the codes that name something alone', () => {
    expect(reasonForStatus('5.1.1')).toBe('userunknown');
    expect(reasonForStatus('5.0.0')).toBeNull();
  });
});

describe('reasonForStatus', () => {
  it('answers a code the same from its memo, before and after the memo fills and is cleared', () => {
    const codes: string[] = [];
    for (const c of ['2', '4', '5', '9']) for (let s = 0; s < 9; s++) for (let d = 0; d < 40; d++) codes.push(`${c}.${s}.${d}`);
    codes.push('5.7.509', '4.7.650', '5.1.1 ', '', 'x', '5.0.900');
    const first = codes.map((c) => reasonForStatus(c));
    // Over 1,400 codes: the bounded memo is cleared several times on the way.
    expect(codes.map((c) => reasonForStatus(c))).toEqual(first);
    expect([...codes].reverse().map((c) => reasonForStatus(c))).toEqual([...first].reverse());
    expect(reasonForStatus(null)).toBeNull();
    expect(reasonForStatus(undefined)).toBeNull();
  });
});
