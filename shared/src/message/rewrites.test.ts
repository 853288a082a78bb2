// The faster rewrites of the message layer against the simple versions they replaced, on tricky and
// random inputs: each must return exactly what the old one returned.
import { describe, expect, it } from 'vitest';
import { addressParser } from 'postal-mime';
import { parseHeaderLines, parseStructured, readMime } from './mime.js';
import { normaliseNewlines, normaliseNewlinesViewed } from './newlines.js';
import { addressTexts } from './addresses.js';
import { decodeQuotedPrintable } from './transfer.js';
import { byteView } from './byte-view.js';
import { decoderFor } from './decode.js';
import { DEFAULT_LIMITS } from './limits.js';
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

/** parseStructured as it was before its split became native searches (with the RFC 2231 branch). */
function prevParseStructured(raw: string): { value: string; params: Record<string, string> } {
  const s = raw.length > 4000 ? raw.slice(0, 4000) : raw;
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  let continued: Record<string, string[]> | null = null;
  let charsets: Record<string, string> | null = null;
  let value: string;
  const percentDecode = (v: string, charset: string | undefined): string => {
    if (v.indexOf('%') === -1) return v;
    const bytes: number[] = [];
    for (let i = 0; i < v.length; i++) {
      if (v[i] === '%' && /^[0-9a-fA-F]{2}$/.test(v.slice(i + 1, i + 3))) {
        bytes.push(parseInt(v.slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(v.charCodeAt(i) & 0xff);
    }
    return decoderFor(charset).decode(new Uint8Array(bytes));
  };
  if (s.indexOf(';') === -1 && s.indexOf('"') === -1) {
    value = s.trim().toLowerCase();
  } else {
    const pieces: string[] = s.indexOf('"') === -1 ? s.split(';') : oldSplitQuoted(s);
    value = (pieces[0] ?? '').trim().toLowerCase();
    for (let n = 1; n < pieces.length; n++) {
      const p = pieces[n]!;
      const eq = p.indexOf('=');
      if (eq <= 0) continue;
      let key = p.slice(0, eq).trim().toLowerCase();
      let val = p.slice(eq + 1).trim();
      const star = key.includes('*') ? /^([^*]+)\*(\d+)?(\*)?$/.exec(key) : null;
      if (star) {
        key = star[1]!;
        const extended = star[3] === '*' || star[2] === undefined;
        if (extended) {
          charsets ??= Object.create(null) as Record<string, string>;
          const m = /^([^']*)'[^']*'([^]*)$/.exec(val);
          if (m) {
            if (m[1]) charsets[key] = m[1];
            val = m[2]!;
          }
          val = percentDecode(val, charsets[key]);
        }
        const index = Number(star[2] ?? 0);
        if (index > 999) continue;
        continued ??= Object.create(null) as Record<string, string[]>;
        (continued[key] ??= [])[index] = val;
        continue;
      }
      params[key] = val;
    }
  }
  if (continued) for (const k in continued) params[k] = continued[k]!.join('');
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

describe('normaliseNewlines and normaliseNewlinesViewed (copyWithin) = the byte loop', () => {
  it('on tricky and random byte strings', () => {
    const cases = ['', '\r', '\n', '\r\n', '\r\r', '\n\r', 'a\r', '\ra', 'a\r\nb', 'a\r\r\nb\n\r\n', '\r\n'.repeat(5) + 'x'];
    const bytes = cases.map((c) => new TextEncoder().encode(c));
    for (let k = 0; k < 3000; k++) bytes.push(Uint8Array.from({ length: rnd(40) }, () => [0x0d, 0x0a, 0x41, 0xe3, 0x00][rnd(5)]!));
    const latin1 = new TextDecoder('latin1');
    for (const b of bytes) {
      expect(Array.from(normaliseNewlines(b))).toEqual(Array.from(oldNormaliseNewlines(b)));
      expect(Array.from(normaliseNewlinesViewed(b, latin1.decode(b)))).toEqual(Array.from(oldNormaliseNewlines(b)));
    }
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
    for (const c of cases) {
      const want = oldParseHeaderLines(c);
      expect(parseHeaderLines(c)).toEqual(want);
      // The same text as a range of a longer one (what comes after it must not be read).
      const before = pick(alphabet, rnd(4));
      expect(parseHeaderLines(before + c + pick(alphabet, 1 + rnd(6)), before.length, before.length + c.length)).toEqual(want);
    }
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

describe('parseStructured (native searches for the split) = the previous one', () => {
  it('on tricky and random values, RFC 2231 parameters included', () => {
    const cases = [
      '', ' ', ';', '"', '\\', '\\\\', '"\\', '"a\\', '"a\\"', '"a\\""', 'a;"b;c";d', 'a; b="c;d\\"e\\\\"; f=g', 'a; b="unclosed; c=d',
      'a; b=x"y"z; c="p"q"r"', 'a; name"x=y"=z', 'x; __proto__=1; __proto__*=2; constructor=3', "a; f*=utf-8''%E5%A0%B1; f*1*=%41",
      'a; f*0="x;y"; f*1="\\"z"', 'a;;;b=c;', '"q"; =x; y=', 'x'.repeat(5000), '"' + 'a\\'.repeat(3000), 'a; b="' + '\\;'.repeat(2500) + '"',
    ];
    const alphabet = ['"', '\\', ';', '=', ' ', 'a', 'B', 'é', '*', "'", '%4', '1', 'charset', 'boundary', '__proto__'];
    for (let k = 0; k < 20000; k++) cases.push(pick(alphabet, rnd(25)));
    for (const c of cases) {
      const got = parseStructured(c);
      const want = prevParseStructured(c);
      expect(Object.getPrototypeOf(got.params)).toBe(null);
      expect({ value: got.value, params: { ...got.params } }, JSON.stringify(c)).toEqual({ value: want.value, params: { ...want.params } });
      expect(Object.keys(got.params)).toEqual(Object.keys(want.params));
    }
  });
});

describe('addressTexts = postal-mime addressParser', () => {
  it('on the shapes it reads off directly and on near misses', () => {
    const cases = [
      'a@b', 'A.b-c+d_e@x.example.jp', '<a@b>', '< a@b >', 'Mail Delivery System <MAILER-DAEMON@x.example>', 'MAILER-DAEMON <>', ' <a@b>',
      '"Neko, Nyaan" <a@b>', '"Neko, Nyaan"<a@b>', '"" <a@b>', '"a\\"b" <c@d>', '"=?utf-8?B?5pel?=" <a@b>', 'a@b (Mail Delivery System)',
      'a@b ()', 'a@b(x)', 'a@b (x) (y)', 'a@b@c', '@b', 'a@', 'a@b, c@d', 'a@b;', 'x: a@b;', 'a <b@c> d', 'a@b <c@d>', '=?utf-8?q?a?= <b@c>',
      'a@b\u00a0', '"a" "b" <c@d>', 'MAILER-DAEMON <>', '<>', ' <>', 'Mail Delivery System <>', 'a.b-c_d <>', 'a@b <>', 'a <> b', '<> <>', '(c) a@b', 'a@b (c (d))', '<a@b> (c)', 'Undisclosed Recipients:;', '<Undisclosed Recipients>', '"undisclosed"',
      'postmaster', 'MAILER-DAEMON', 'Mail Delivery Subsystem <MAILER-DAEMON>', 'MAILER-DAEMON <MAILER-DAEMON>', 'a <a>', 'a  b <c>',
      'a b', '.', '-', ' . ', 'a <b+c>', '<b>', 'a<b>', 'a <b> ', ' a <b>', 'a <b.c>', 'A <a>', 'a. <a.>', 'x y <x y>', 'a.b-c_d',
    ];
    const plain = ['a', 'B', '.', '-', '_', '+', ' ', '<', '>', '9'];
    for (let k = 0; k < 5000; k++) cases.push(pick(plain, rnd(12)));
    const alphabet = ['a', 'B', '@', '.', '-', '+', ' ', '<', '>', '"', '(', ')', ',', ';', ':', '\\', '=', '?', 'é', '\t', 'x@y.z'];
    for (let k = 0; k < 5000; k++) cases.push(pick(alphabet, rnd(20)));
    // Every combination of name, address and comment shapes, near the ones read off directly.
    const pre = ['', 'Name ', 'Mail Delivery System ', '"Q, x" ', '"Q, x"', 'a.b ', '"=?x?=" ', '"a\\"b" ', 'é ', 'a@b ', ' ', '"" ', '"(x)" ', '\t', 'x:y ', '<'];
    const core = ['<a@b.c>', '<>', 'a@b.c', '<a-b@c>', '<MAILER-DAEMON>', 'a@b@c', '<a@b>x', 'A.B+c_d-e@x-y.z', '<a@b.c', 'a@b.c>', '< a@b >', '<a@b,c@d>', 'a.@b', '@b', 'a@'];
    const suf = ['', ' ', ' (c)', ' (a(b))', '(x)', ',', ' (=?x?=)', ' ("q")', ' (é)', '  (Mail Delivery System)', ' ()', ')', ' (a;b)', ' (a@b)'];
    for (const p of pre) for (const c of core) for (const s of suf) cases.push(p + c + s);
    for (const c of cases) {
      for (const keep of [false, true]) {
        const out: string[] = [];
        addressTexts(c, out, keep);
        expect(out, c).toEqual(oldAddressTexts(c, keep));
      }
    }
  });
});

function oldDecodeQuotedPrintable(input: Uint8Array, maxOut: number): Uint8Array {
  const hex = (c: number) => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1);
  const out = new Uint8Array(Math.min(maxOut, input.length));
  let o = 0;
  for (let i = 0; i < input.length && o < out.length; i++) {
    const c = input[i]!;
    if (c !== 0x3d) {
      out[o++] = c;
      continue;
    }
    let j = i + 1;
    while (j < input.length && (input[j] === 0x20 || input[j] === 0x09)) j++;
    if (j >= input.length || input[j] === 0x0a) {
      i = j;
      continue;
    }
    const h = i + 2 < input.length ? hex(input[i + 1]!) : -1;
    const l = h >= 0 ? hex(input[i + 2]!) : -1;
    if (l >= 0) {
      out[o++] = (h << 4) | l;
      i += 2;
    } else out[o++] = c;
  }
  return out.subarray(0, o);
}

describe('decodeQuotedPrintable (in place, native runs, optional latin1 view) = the byte loop', () => {
  it('throws as it did for a negative output size', () => {
    expect(() => oldDecodeQuotedPrintable(new Uint8Array(3), -1)).toThrow(RangeError);
    expect(() => decodeQuotedPrintable(new Uint8Array(3), -1)).toThrow(RangeError);
  });

  it('on random quoted-printable-ish bytes, with and without a view, any output cap', () => {
    const latin1 = new TextDecoder('latin1');
    const alphabet = ['=', '=', ' ', '\t', '\n', 'A', 'f', '3', 'D', 'g', 'x'.repeat(20), '=E3', '=\n', '= \n', '\xe9', '=4'];
    for (let k = 0; k < 4000; k++) {
      const s = pick(alphabet, rnd(30));
      const bytes = Uint8Array.from(s, (ch) => ch.charCodeAt(0) & 0xff);
      const before = Uint8Array.from(pick(alphabet, rnd(5)), (ch) => ch.charCodeAt(0) & 0xff);
      const after = Uint8Array.from(pick(alphabet, rnd(5)), (ch) => ch.charCodeAt(0) & 0xff);
      const whole = new Uint8Array([...before, ...bytes, ...after]);
      const view = latin1.decode(whole);
      for (const max of [1e9, rnd(40), 0, 2.5, -0.5, NaN, Infinity]) {
        const want = Array.from(oldDecodeQuotedPrintable(bytes, max));
        expect(Array.from(decodeQuotedPrintable(bytes, max))).toEqual(want);
        expect(Array.from(decodeQuotedPrintable(whole.subarray(before.length, before.length + bytes.length), max, view, before.length))).toEqual(want);
      }
    }
  });
});

describe('parseHeaderLines stays linear', () => {
  it('on a long run of lines without a colon before one that has it', () => {
    const text = 'x\n'.repeat(200_000) + 'A: b';
    const t = Date.now();
    expect(parseHeaderLines(text)).toEqual([{ key: 'a', value: 'b' }]);
    expect(Date.now() - t).toBeLessThan(2000);
  });
});

describe('byteView', () => {
  it('gives one distinct character per byte and keeps ASCII, so searches in it are searches in the bytes', () => {
    const s = byteView.decode(Uint8Array.from({ length: 256 }, (_, i) => i));
    expect(s.length).toBe(256);
    expect(new Set(s).size).toBe(256);
    for (let i = 0; i < 128; i++) expect(s.charCodeAt(i)).toBe(i);
  });

  it('finds a non-ASCII boundary as latin1 did', () => {
    const raw = 'Content-Type: multipart/mixed; boundary="=_é€"\n\n--=_é€\nContent-Type: text/plain\n\nbody é\n--=_é€--\n';
    expect(readMime(new TextEncoder().encode(raw), DEFAULT_LIMITS).text).toBe('body é\n');
  });
});

describe('format=flowed and delsp=yes are recognised as /^flowed$/i and /^yes$/i did', () => {
  it('on case variants and near misses', () => {
    const variants = ['flowed', 'FLOWED', 'Flowed', 'flowed ', ' flowed', 'flowe', 'ſlowed', 'flowedx', '', 'yes', 'YES', 'Yes', 'yes ', 'ye', 'ÿes', 'K'];
    for (const format of variants) {
      for (const delsp of variants) {
        const raw = `Content-Type: text/plain; format="${format}"; delsp="${delsp}"\n\nab \ncd\n`;
        const { params } = parseStructured(raw.slice(14, raw.indexOf('\n')));
        const flowed = /^flowed$/i.test(params.format ?? '');
        const want = flowed ? (/^yes$/i.test(params.delsp ?? '') ? 'abcd\n' : 'ab cd\n') : 'ab \ncd\n';
        expect(readMime(new TextEncoder().encode(raw), DEFAULT_LIMITS).text, JSON.stringify([format, delsp])).toBe(want);
      }
    }
  });
});
