import { describe, expect, it } from 'vitest';
import { findReplyCode, findStatus, isReplyCode, isStatus } from './codes.js';

describe('findStatus', () => {
  it('finds the first enhanced status code standing on its own', () => {
    expect(findStatus('550 5.1.1 <a@example.jp>: User unknown')).toBe('5.1.1');
    expect(findStatus('smtp; 452-4.2.2 The email account is over quota')).toBe('4.2.2');
    expect(findStatus('#5.7.1 rejected')).toBe('5.7.1');
    expect(findStatus('5.7.1')).toBe('5.7.1');
  });

  it('does not take pieces of IP addresses, versions or longer numbers', () => {
    expect(findStatus('from 192.0.2.5 [10.5.1.1]')).toBeNull();
    expect(findStatus('Postfix 3.5.1.2 here')).toBeNull();
    expect(findStatus('version 15.1.1')).toBeNull();
    expect(findStatus('no code at all')).toBeNull();
  });
});

describe('findReplyCode', () => {
  it('finds a reply code as its own token', () => {
    expect(findReplyCode('550 5.1.1 User unknown')).toBe('550');
    expect(findReplyCode('said: 421-4.7.0 try again later')).toBe('421');
    expect(findReplyCode('host said: 552 Mailbox full')).toBe('552');
  });

  it('does not take digits inside other numbers or codes', () => {
    expect(findReplyCode('port 25500 closed')).toBeNull();
    expect(findReplyCode('id 1550 queued')).toBeNull();
    expect(findReplyCode('status 5.5.0')).toBeNull();
    expect(findReplyCode('error 600 x')).toBeNull();
  });
});

describe('isStatus / isReplyCode', () => {
  it('accept only well-formed values', () => {
    expect(isStatus('5.1.1')).toBe(true);
    expect(isStatus('4.7.26')).toBe(true);
    expect(isStatus('5.8.1')).toBe(false);
    expect(isStatus('3.1.1')).toBe(false);
    expect(isStatus('5.1')).toBe(false);
    expect(isStatus(null)).toBe(false);
    expect(isReplyCode('550')).toBe(true);
    expect(isReplyCode('560')).toBe(false);
    expect(isReplyCode('55')).toBe(false);
    expect(isReplyCode(undefined)).toBe(false);
  });
});

describe('isStatus / isReplyCode against their expressions', () => {
  it('agree on every short string of code characters', () => {
    const chars = ['2', '4', '5', '0', '7', '8', '9', '.', '3', '\n', 'a', '٣'];
    const check = (s: string) => {
      expect(isStatus(s)).toBe(/^[245]\.[0-7]\.\d{1,3}$/.test(s));
      expect(isReplyCode(s)).toBe(/^[245][0-5]\d$/.test(s));
    };
    const grow = (s: string, n: number) => {
      check(s);
      if (n) for (const c of chars) grow(s + c, n - 1);
    };
    grow('', 4);
    let x = 23;
    const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 50000; i++) {
      let s = '';
      const k = Math.floor(rnd() * 9);
      for (let j = 0; j < k; j++) s += chars[Math.floor(rnd() * chars.length)];
      check(s);
      check(`${'245'[i % 3]}.${i % 9}.${s}`);
    }
    expect(isStatus(undefined)).toBe(false);
    expect(isReplyCode(null)).toBe(false);
  });
});
