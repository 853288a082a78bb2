// The faster rewrites of the message layer against the simple versions they replaced, on tricky and
// random inputs: each must return exactly what the old one returned.
import { describe, expect, it } from 'vitest';
import { addressParser } from 'postal-mime';
import { parseHeaderLines, parseStructured } from './mime.js';
import { normaliseNewlines } from './newlines.js';
import { addressTexts } from './addresses.js';
import type { Header } from '../types.js';

function oldNormaliseNewlines(input: Uint8Array): Uint8Array {
  if (input.indexOf(0x0d) === -1) return input;
  const out = new Uint8Array(input.length);
  let j = 0;
  for (let i = 0; i < input.length; i++) {
    const b = input[i]!;
    if (b === 0x0d) {
      out[j++] = 0x0a;
      if (input[i + 1] === 0x0a) i++;
    } else out[j++] = b;
  }
  return out.subarray(0, j);
}

function oldParseHeaderLines(text: string): Header[] {
  const out: Header[] = [];
  let cur: { key: string; parts: string[] } | null = null;
  const flush = () => {
    if (cur) out.push({ key: cur.key, value: cur.parts.join('').trim() });
  };
  for (const line of text.split('\n')) {
    const c = line.charCodeAt(0);
    if ((c === 0x20 || c === 0x09) && cur) {
      cur.parts.push(line);
      continue;
    }
    if (cur && /^[A-Za-z][\w-]{0,40}\*?=/.test(line) && /;\s*$/.test(cur.parts[cur.parts.length - 1]!)) {
      cur.parts.push(' ' + line);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    flush();
    cur = { key: line.slice(0, colon).trim().toLowerCase(), parts: [line.slice(colon + 1)] };
  }
  flush();
  return out;
}

function oldSplitQuoted(s: string): string[] {
  const pieces: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '\\' && i + 1 < s.length) cur += s[++i];
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      pieces.push(cur);
      cur = '';
    } else cur += ch;
  }
  pieces.push(cur);
  return pieces;
}

/** The old parseStructured without its RFC 2231 branch (unchanged, and covered by mime.test.ts). */
function oldParseStructuredPlain(raw: string): { value: string; params: Record<string, string> } {
  const s = raw.length > 4000 ? raw.slice(0, 4000) : raw;
  const pieces = s.indexOf('"') === -1 ? s.split(';') : oldSplitQuoted(s);
  const value = (pieces[0] ?? '').trim().toLowerCase();
  const params: Record<string, string> = {};
  for (let n = 1; n < pieces.length; n++) {
    const p = pieces[n]!;
    const eq = p.indexOf('=');
    if (eq <= 0) continue;
    params[p.slice(0, eq).trim().toLowerCase()] = p.slice(eq + 1).trim();
  }
  return { value, params };
}

function oldAddressTexts(value: string, keepEmpty: boolean): string[] {
  let list: { address?: string; name?: string }[];
  try {
    list = addressParser(value.length > 8_000 ? value.slice(0, value.lastIndexOf(',', 8_000) + 1 || 8_000) : value);
  } catch {
    list = [];
  }
  const out: string[] = [];
  for (const a of list) {
    const t = a.address ?? a.name ?? '';
    if (t || keepEmpty) out.push(t);
  }
  return out;
}

let seed = 7;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const pick = (alphabet: string[], len: number) => Array.from({ length: len }, () => alphabet[rnd(alphabet.length)]).join('');

describe('normaliseNewlines (copyWithin) = the byte loop', () => {
  it('on tricky and random byte strings', () => {
    const cases = ['', '\r', '\n', '\r\n', '\r\r', '\n\r', 'a\r', '\ra', 'a\r\nb', 'a\r\r\nb\n\r\n', '\r\n'.repeat(5) + 'x'];
    const bytes = cases.map((c) => new TextEncoder().encode(c));
    for (let k = 0; k < 3000; k++) bytes.push(Uint8Array.from({ length: rnd(40) }, () => [0x0d, 0x0a, 0x41, 0xe3, 0x00][rnd(5)]!));
    for (const b of bytes) expect(Array.from(normaliseNewlines(b))).toEqual(Array.from(oldNormaliseNewlines(b)));
  });
});

describe('parseHeaderLines (no split, no regex per line) = the old one', () => {
  it('on tricky and random header blocks', () => {
    const cases = [
      '', '\n', ':', ' : x', 'a:b', 'a:b\n', 'A: b\n c\n\td\n', ' x: y\nA: b', 'Content-Type: multipart/mixed;\nboundary="x"\n',
      'Content-Type: a;  \nboundary*=x\nX: y', 'CT: a;\u00a0\nb=c', 'CT: a;\n' + 'b'.repeat(40) + '=c', 'CT: a;\n' + 'b'.repeat(41) + '=c',
      'CT: a;\nb*=c\nd*0*=e', 'CT: a;\n1=2', 'CT: a;\n_x=1', 'K: v;\n b\nc=d', 'Ünï: cödé\n\tmore',
    ];
    const alphabet = ['\n', ' ', '\t', ':', ';', '=', '*', 'a', 'B', '-', '_', '1', 'é', 'Subject', 'boundary', '\u00a0'];
    for (let k = 0; k < 5000; k++) cases.push(pick(alphabet, rnd(30)));
    for (const c of cases) expect(parseHeaderLines(c)).toEqual(oldParseHeaderLines(c));
  });
});

describe('parseStructured (slices, fast paths) = the old one', () => {
  it('on values without RFC 2231 parameters', () => {
    const cases = ['', ' ', ';', '"', '\\', 'Text/Plain', ' text/plain ; charset = "utf-8" ', 'a; b="c;d\\"e\\\\"; f=g', 'a; b="unclosed', 'a; b="x\\', '"q"; =x; y=', 'x'.repeat(5000)];
    const alphabet = ['"', '\\', ';', '=', ' ', 'a', 'B', 'é', 'charset', 'boundary'];
    for (let k = 0; k < 5000; k++) cases.push(pick(alphabet, rnd(25)));
    for (const c of cases) if (!c.includes('*')) expect(parseStructured(c)).toEqual(oldParseStructuredPlain(c));
  });
});

describe('addressTexts = postal-mime addressParser', () => {
  it('on the shapes it reads off directly and on near misses', () => {
    const cases = [
      'a@b', 'A.b-c+d_e@x.example.jp', '<a@b>', '< a@b >', 'Mail Delivery System <MAILER-DAEMON@x.example>', 'MAILER-DAEMON <>', ' <a@b>',
      '"Neko, Nyaan" <a@b>', '"Neko, Nyaan"<a@b>', '"" <a@b>', '"a\\"b" <c@d>', '"=?utf-8?B?5pel?=" <a@b>', 'a@b (Mail Delivery System)',
      'a@b ()', 'a@b(x)', 'a@b (x) (y)', 'a@b@c', '@b', 'a@', 'a@b, c@d', 'a@b;', 'x: a@b;', 'a <b@c> d', 'a@b <c@d>', '=?utf-8?q?a?= <b@c>',
      'a@b\u00a0', '"a" "b" <c@d>', '(c) a@b', 'a@b (c (d))', '<a@b> (c)', 'Undisclosed Recipients:;', '<Undisclosed Recipients>', '"undisclosed"',
    ];
    const alphabet = ['a', 'B', '@', '.', '-', '+', ' ', '<', '>', '"', '(', ')', ',', ';', ':', '\\', '=', '?', 'é', '\t', 'x@y.z'];
    for (let k = 0; k < 5000; k++) cases.push(pick(alphabet, rnd(20)));
    for (const c of cases) {
      for (const keep of [false, true]) {
        const out: string[] = [];
        addressTexts(c, out, keep);
        expect(out, c).toEqual(oldAddressTexts(c, keep));
      }
    }
  });
});
