import { describe, expect, it } from 'vitest';
import { cleanAddress, findAddresses } from './address.js';

describe('address scanning stays linear on hostile input', () => {
  it('1 MB of local-part characters without @', () => {
    const s = 'a'.repeat(1_000_000);
    const t = performance.now();
    expect(findAddresses(s)).toEqual([]);
    expect(cleanAddress(s)).toBe('');
    expect(performance.now() - t).toBeLessThan(1000);
  });
  it('1 MB of @ signs and dots', () => {
    const s = '@.a'.repeat(350_000);
    expect(findAddresses(s, 5).length).toBeLessThanOrEqual(5);
  });
  it('still finds ordinary addresses with edges trimmed', () => {
    expect(findAddresses('To: <Taro.Yamada@Example.JP>, "x" hanako@example.co.jp.')).toEqual(['Taro.Yamada@example.jp', 'hanako@example.co.jp']);
    expect(cleanAddress('rfc822; "user@host.example"')).toBe('user@host.example');
  });
});
