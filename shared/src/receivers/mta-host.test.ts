// mtaHost() reads characters by index; it must answer what the regular expressions it replaced answer.
import { describe, expect, it } from 'vitest';
import { isSpace, mtaHost } from './mta-host.js';

function reference(raw: string | null | undefined): string {
  const s = (raw ?? '').toLowerCase().replace(/^[a-z]{1,10};\s*/, '').trim();
  return (/^\[?([a-z0-9.:-]{1,255}?)\.?\]?(?:[\s(]|$)/.exec(s)?.[1] ?? '').replace(/\.$/, '');
}

describe('mtaHost', () => {
  it('counts as white space exactly what /\\s/ and trim() do', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isSpace(c) !== /\s/.test(ch) || isSpace(c) !== (ch.trim() === '')) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with the regular expressions on real and tricky values', () => {
    const values = [
      null, undefined, '', ' ', 'dns;', 'dns; ', 'dns; mx.example.jp', 'DNS; MX.Example.JP', 'mx.example.jp. (192.0.2.1, the server)',
      '[mx.example.jp]', '[192.0.2.1]', '[ipv6:2001:db8::1]', 'mx.example.jp.', 'mx.example.jp..', 'mx..jp ', 'smtp; [mx.example.jp.] x',
      'mx.example.jp(x)', 'mx.example.jp]x', 'mx.example.jp.]', 'mx.example.jp.](', 'abcdefghij;mx', 'abcdefghijk;mx', ';mx', 'd1s; mx',
      '\u00a0dns;\u2028mx.example.jp\u3000', 'x-ms-exchange; mx', 'mx_example.jp', 'mx.exa mple', 'İ.example', 'mx.example.jp\r\n',
      'a'.repeat(254) + ' ', 'a'.repeat(255) + ' ', 'a'.repeat(256) + ' ', '[' + 'b'.repeat(255) + ']', 'c'.repeat(300), '.', '..', '.]', '[]', '[', ']',
    ];
    for (const v of values) expect([v, mtaHost(v)]).toEqual([v, reference(v)]);
  });

  it('agrees with them on random values', () => {
    const alphabet = ['a', 'Z', 'x', '0', '.', ':', '-', ']', '[', '(', ' ', '\t', '\u00a0', ';', 'dns;', 'İ', '_', 'é', '\u2028'];
    let seed = 5;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return (seed >>> 12) % n;
    };
    const wrong: string[] = [];
    for (let i = 0; i < 20000; i++) {
      let v = '';
      for (let n = rnd(14); n > 0; n--) v += alphabet[rnd(alphabet.length)];
      if (mtaHost(v) !== reference(v)) wrong.push(v);
    }
    expect(wrong).toEqual([]);
  });
});
