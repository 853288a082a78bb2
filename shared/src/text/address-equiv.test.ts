// cleanAddress and findAddresses against the substring-and-regex version they replaced, on tricky and
// random inputs (dots, quotes, hyphens at the edges, upper-case domains, prefixes, brackets, non-ASCII).
import { describe, expect, it } from 'vitest';
import { cleanAddress, findAddresses, hasAddress } from './address.js';

const LOCAL_MAX = 128;
const DOMAIN_MAX = 253;
const DOMAIN_OK = /^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/;
const LOCAL = /[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]/;
const DOMAIN = /[A-Za-z0-9.-]/;

function oldAddressAt(text: string, at: number): { address: string; end: number } | null {
  let start = at;
  while (start > 0 && at - start < LOCAL_MAX && LOCAL.test(text[start - 1]!)) start--;
  let end = at + 1;
  while (end < text.length && end - at <= DOMAIN_MAX && DOMAIN.test(text[end]!)) end++;
  let local = text.slice(start, at).replace(/^[.]+/, '');
  let domain = text.slice(at + 1, end);
  while (domain.endsWith('.') || domain.endsWith('-')) domain = domain.slice(0, -1);
  if (!local || !domain || !DOMAIN_OK.test(domain)) return null;
  local = local.replace(/^['"]+/, '');
  if (!local) return null;
  return { address: `${local}@${domain.toLowerCase()}`, end: Math.max(end, at + 1) };
}

function oldTrimEdges(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && `"'([`.includes(s[a]!)) a++;
  while (b > a && `"')].,;:`.includes(s[b - 1]!)) b--;
  return s.slice(a, b);
}

function oldClean(raw: string | null | undefined): string {
  if (!raw) return '';
  let s = raw.length > 4096 ? raw.slice(0, 4096) : raw;
  s = s.trim().replace(/^(?:rfc822|x-[a-z0-9-]{1,40}|unknown)\s*;\s*/i, '');
  const angle = /<([^<>\s]{1,320})>/.exec(s);
  if (angle) s = angle[1]!;
  s = oldTrimEdges(s);
  const at = s.indexOf('@');
  if (at === -1) return '';
  return oldAddressAt(s, at)?.address ?? '';
}

function oldFind(text: string, max = 200): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  let from = 0;
  while (out.length < max) {
    const at = text.indexOf('@', from);
    if (at === -1) break;
    const found = oldAddressAt(text, at);
    from = found ? found.end : at + 1;
    if (found && !seen.has(found.address.toLowerCase())) {
      seen.add(found.address.toLowerCase());
      out.push(found.address);
    }
  }
  return out;
}

const PIECES = [
  'a', 'B', 'x', 'Z9', '@', '@@', '.', '..', '-', '--', '"', "'", '(', ')', '[', ']', '<', '>', ',', ';', ':', ' ', '\t', '\n',
  'rfc822;', 'RFC822; ', 'x-unknown;', 'X-Foo ; ', 'unknown;', 'Example.JP', 'example.jp', 'user', 'Taro.Yamada', '+tag',
  '日本', 'é', '\u3000', '\u212a', 'ſ', 'r', 'u', 'mailer-daemon', '%', '!', '=', '?', '_', '{', '}', '~', '|', '/', '*',
];

function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

function randomText(rnd: () => number): string {
  let s = '';
  const k = Math.floor(rnd() * 25);
  for (let i = 0; i < k; i++) s += PIECES[Math.floor(rnd() * PIECES.length)];
  return s;
}

describe('cleanAddress and findAddresses', () => {
  it('return what the substring-and-regex version returned', () => {
    const tricky = [
      '', 'a@b', '.a@b', '..@b', '"a@b', '."a@b', '".a@b', "'\"a@B.C", 'a@-b', 'a@.b', 'a@b-', 'a@b.', 'a@b.-.', 'a@B',
      'a@' + 'b'.repeat(300), 'x'.repeat(200) + '@b.c', 'rfc822; <A@B.C>', 'RFC822;a@b', 'unknown ; "a@b.c".', 'x-a-b; a@b',
      '<a b@c>', '<>a@b', '(a@b)', "['a@b']", 'ra@b', 'Ua@b', ' a@b ', 'a@b@c', '@', '@@@', 'a@\u212a.jp',
    ];
    for (const t of tricky) {
      expect(cleanAddress(t)).toBe(oldClean(t));
      expect(findAddresses(t)).toEqual(oldFind(t));
    }
    const rnd = lcg(9);
    for (let i = 0; i < 30000; i++) {
      const t = randomText(rnd);
      expect(cleanAddress(t)).toBe(oldClean(t));
      expect(findAddresses(t, 3)).toEqual(oldFind(t, 3));
      expect(hasAddress(t)).toBe(oldFind(t, 1).length > 0);
    }
  });
});
