import { describe, expect, it } from 'vitest';
import { cleanAddress, domainOf, findAddresses } from './address.js';

describe('cleanAddress', () => {
  it('strips rfc822; prefixes, angle brackets, quotes and trailing punctuation, lowercasing the domain only', () => {
    expect(cleanAddress('rfc822; Taro.Yamada@Example.JP')).toBe('Taro.Yamada@example.jp');
    expect(cleanAddress('RFC822;<hanako@example.net>')).toBe('hanako@example.net');
    expect(cleanAddress('"Hanako" <hanako@example.net>')).toBe('hanako@example.net');
    expect(cleanAddress('(hanako@example.net).')).toBe('hanako@example.net');
    expect(cleanAddress('x-unknown; a+tag@example.org;')).toBe('a+tag@example.org');
  });

  it('returns an empty string when there is no address', () => {
    expect(cleanAddress('')).toBe('');
    expect(cleanAddress(null)).toBe('');
    expect(cleanAddress('rfc822; undisclosed')).toBe('');
    expect(cleanAddress('@example.org')).toBe('');
  });
});

describe('findAddresses', () => {
  it('finds every address once, in order, case-insensitively deduplicated', () => {
    expect(findAddresses('<a@example.jp>: 550 user unknown; also b@example.net and A@EXAMPLE.JP, c@example.org.')).toEqual(['a@example.jp', 'b@example.net', 'c@example.org']);
  });

  it('stops at the maximum', () => {
    const many = Array.from({ length: 50 }, (_, i) => `u${i}@example.jp`).join(' ');
    expect(findAddresses(many, 10)).toHaveLength(10);
  });
});

describe('domainOf', () => {
  it('takes the part after the last @, lowercased', () => {
    expect(domainOf('a@b@Example.JP')).toBe('example.jp');
    expect(domainOf('nodomain')).toBe('');
  });
});
