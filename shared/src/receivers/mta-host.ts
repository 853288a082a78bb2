// The host part of a Remote-MTA / Reporting-MTA value ("dns; mx.example.jp", "mx.example.jp. (192.0.2.1,
// ...)", "[mx.example.jp]"). Every record asks it twice, so it reads the characters once by index instead
// of lowercasing, replacing, trimming and matching copies of the string. It answers exactly what this
// did (a test compares them):
//   s = raw.toLowerCase().replace(/^[a-z]{1,10};\s*/, '').trim()
//   (/^\[?([a-z0-9.:-]{1,255}?)\.?\]?(?:[\s(]|$)/.exec(s)?.[1] ?? '').replace(/\.$/, '')

/** What /\s/ and String.prototype.trim() count as white space (WhiteSpace and LineTerminator). */
export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isLetter = (c: number): boolean => c >= 0x61 && c <= 0x7a;
/** [a-z0-9.:-] */
const isHostChar = (c: number): boolean => isLetter(c) || (c >= 0x30 && c <= 0x3a) || c === 0x2e || c === 0x2d;

/** White space, "(" or the end of the (trimmed) value at `k`. */
const endsAt = (s: string, k: number, b: number): boolean => k === b || (k < b && (isSpace(s.charCodeAt(k)) || s.charCodeAt(k) === 0x28));
/** The run without one trailing dot. */
const hostOf = (s: string, start: number, end: number): string => s.slice(start, s.charCodeAt(end - 1) === 0x2e ? end - 1 : end);

export function mtaHost(raw: string | null | undefined): string {
  if (!raw) return '';
  const s = raw.toLowerCase();
  let a = 0;
  let b = s.length;
  // "dns;", "smtp;" ... : one to ten letters and a semicolon, then white space.
  let k = 0;
  while (k < b && k <= 10 && isLetter(s.charCodeAt(k))) k++;
  if (k >= 1 && k <= 10 && s.charCodeAt(k) === 0x3b) a = k + 1;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  // An optional "[", then the shortest run of host characters (at most 255) that an optional ".", an
  // optional "]" and white space, "(" or the end follow.
  const start = a < b && s.charCodeAt(a) === 0x5b ? a + 1 : a;
  const last = Math.min(b, start + 255);
  for (let end = start + 1; end <= last && isHostChar(s.charCodeAt(end - 1)); end++) {
    if (end === b) return hostOf(s, start, end);
    const c = s.charCodeAt(end);
    // Only ".", "]", "(" or white space can close the run here; a host character just extends it.
    if (c !== 0x2e && c !== 0x5d && c !== 0x28 && !isSpace(c)) continue;
    const d = end + 1 < b ? s.charCodeAt(end + 1) : -1;
    const closes = (c === 0x2e && ((d === 0x5d && endsAt(s, end + 2, b)) || endsAt(s, end + 1, b))) || (c === 0x5d && endsAt(s, end + 1, b)) || endsAt(s, end, b);
    if (closes) return hostOf(s, start, end);
  }
  return '';
}
