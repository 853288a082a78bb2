import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkAddress, extractAddress } from './index.js';

const codes = (a: string): string[] => checkAddress(a).map((w) => w.code);

describe('extractAddress', () => {
  it('takes the angle-addr out of a display-name form', () => {
    expect(extractAddress('Taro Yamada <taro@example.jp>')).toBe('taro@example.jp');
    expect(extractAddress('"Yamada, <Taro>" <taro@example.jp>')).toBe('taro@example.jp');
    expect(extractAddress('  taro@example.jp ')).toBe('taro@example.jp');
  });
});

describe('checkAddress', () => {
  it('accepts ordinary, plus, IDN and quoted addresses', () => {
    for (const ok of [
      'taro@example.jp',
      'Taro <taro.yamada@mail.example.co.jp>',
      'first.last+tag@sub.example.com',
      "o'brien@example.ie",
      'user@例え.jp',
      'user@xn--r8jz45g.jp',
      '"a..b."@example.jp',
      '"two words"@example.jp',
      'root@[192.0.2.1]',
      'x@localhost',
    ]) expect(codes(ok), ok).toEqual([]);
  });

  it('finds consecutive dots in the local part and the domain', () => {
    expect(codes('taro..yamada@docomo.ne.jp')).toEqual(['address-consecutive-dots']);
    expect(checkAddress('taro@example..jp')[0]).toMatchObject({ code: 'address-consecutive-dots', params: { part: 'domain' } });
  });

  it('finds a dot right before @ (old docomo / au style)', () => {
    const w = checkAddress('Hanako <hanako.@ezweb.ne.jp>');
    expect(w.map((x) => x.code)).toEqual(['address-dot-before-at']);
    expect(w[0]?.address).toBe('Hanako <hanako.@ezweb.ne.jp>');
  });

  it('finds a leading dot', () => {
    expect(codes('.taro@example.jp')).toEqual(['address-leading-dot']);
    expect(codes('taro@.example.jp')).toEqual(['address-leading-dot']);
  });

  it('reports several problems of one address separately', () => {
    expect(codes('.a..b.@example.jp')).toEqual(['address-leading-dot', 'address-dot-before-at', 'address-consecutive-dots']);
  });

  it('finds full-width characters typed with the IME on', () => {
    expect(checkAddress('ｔａｒｏ@example.jp')[0]).toMatchObject({ code: 'address-fullwidth', params: { chars: 'ｔａｒｏ' } });
    expect(codes('taro＠example.jp')).toEqual(['address-fullwidth']);
    expect(codes('taro@example．jp')).toEqual(['address-fullwidth']);
    // Surrounding whitespace, the ideographic space included, is not part of the address.
    expect(codes('　taro@example.jp　')).toEqual([]);
  });

  it('finds spaces and ideographic spaces inside the address', () => {
    expect(codes('taro yamada@example.jp')).toEqual(['address-space']);
    expect(codes('taro@exam ple.jp')).toEqual(['address-space']);
    expect(codes('taro　yamada@example.jp')).toEqual(['address-fullwidth']);
  });

  it('calls other malformed input invalid, with the problem named', () => {
    expect(checkAddress('taro.example.jp')[0]).toMatchObject({ code: 'address-invalid', params: { problem: 'no-at' } });
    expect(checkAddress('@example.jp')[0]?.params).toEqual({ problem: 'empty-local' });
    expect(checkAddress('taro@')[0]?.params).toEqual({ problem: 'empty-domain' });
    expect(checkAddress('')[0]?.params).toEqual({ problem: 'empty' });
    expect(checkAddress('ta(ro)@example.jp')[0]).toMatchObject({ code: 'address-invalid', params: { char: '(' } });
    expect(checkAddress('taro@exa_mple.jp')[0]?.params).toEqual({ problem: 'domain-character' });
    expect(checkAddress('taro@-example.jp')[0]?.params).toEqual({ problem: 'label-hyphen' });
    expect(checkAddress(`${'a'.repeat(65)}@example.jp`)[0]?.params).toMatchObject({ problem: 'local-too-long' });
  });

  it('never throws and stays fast on hostile input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => { expect(Array.isArray(checkAddress(s))).toBe(true); }));
    const t0 = performance.now();
    checkAddress('<'.repeat(50_000) + '"'.repeat(50_000) + '.'.repeat(50_000) + '@');
    expect(performance.now() - t0).toBeLessThan(200);
  });
});
