// Mail addresses in bounce text: angle-bracketed, rfc822;-prefixed or bare. Scanning starts from each
// '@' and grows outwards a bounded number of characters, so any input is read in linear time.

const LOCAL_MAX = 128;
const DOMAIN_MAX = 253;

/**
 * ASCII tables of the characters an address may hold: the scan below asks once per character around
 * every '@' of every bounce, and a table read costs far less than a regex call on a one-letter string.
 */
function asciiTable(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (const ch of chars) t[ch.charCodeAt(0)] = 1;
  return t;
}
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LOCAL_CHAR = asciiTable(ALNUM + "!#$%&'*+/=?^_`{|}~.-");
const DOMAIN_CHAR = asciiTable(ALNUM + '.-');
const isIn = (table: Uint8Array, code: number): boolean => code < 128 && table[code] === 1;

const DOT = 0x2e;
const HYPHEN = 0x2d;

/**
 * The address around the '@' at `at`, or null; `end` is where scanning may resume. Bounds are moved
 * over the text instead of cutting and trimming substrings: the address is one slice when its domain
 * is already lowercase.
 */
function addressAt(text: string, at: number): { address: string; end: number } | null {
  let start = at;
  while (start > 0 && at - start < LOCAL_MAX && isIn(LOCAL_CHAR, text.charCodeAt(start - 1))) start--;
  let end = at + 1;
  let upper = false;
  while (end < text.length && end - at <= DOMAIN_MAX) {
    const c = text.charCodeAt(end);
    if (!isIn(DOMAIN_CHAR, c)) break;
    if (c <= 0x5a && c >= 0x41) upper = true;
    end++;
  }
  // Leading dots, then leading quotes, leave the local part; trailing dots and hyphens leave the domain.
  // These loops are written as do-while so that their step runs on every call: an optimised addressAt
  // that met its first such address would otherwise be thrown away and compiled again (a step that had
  // never run has no type for the compiler).
  let s = start - 1;
  do s++;
  while (s < at && text.charCodeAt(s) === DOT);
  start = s;
  if (start === at) return null;
  let domainEnd = end + 1;
  do domainEnd--;
  while (domainEnd > at + 1 && (text.charCodeAt(domainEnd - 1) === DOT || text.charCodeAt(domainEnd - 1) === HYPHEN));
  // The domain holds only letters, digits, dots and hyphens and ends in a letter or digit: it is a
  // domain name (/^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/) when it starts with a letter or digit.
  if (domainEnd === at + 1) return null;
  const d0 = text.charCodeAt(at + 1);
  if (d0 === DOT || d0 === HYPHEN) return null;
  let q = start - 1;
  do q++;
  while (q < at && (text.charCodeAt(q) === 0x27 || text.charCodeAt(q) === 0x22));
  start = q;
  if (start === at) return null;
  const address = upper ? `${text.slice(start, at)}@${text.slice(at + 1, domainEnd).toLowerCase()}` : text.slice(start, domainEnd);
  return { address, end };
}

/** Leading characters trimEdges strips: " ' ( [ */
function openEdge(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x28 || c === 0x5b;
}

/** Trailing characters trimEdges strips: " ' ) ] . , ; : */
function closeEdge(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a;
}

function trimEdges(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && openEdge(s.charCodeAt(a))) a++;
  while (b > a && closeEdge(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** Cleans one address value: strips "rfc822;", angle brackets, quotes, trailing dots. Lowercases the domain. */
export function cleanAddress(raw: string | null | undefined): string {
  if (!raw) return '';
  let s = raw.length > 4096 ? raw.slice(0, 4096) : raw;
  s = s.trim();
  // The type prefix starts with r, x or u: other values skip the expression.
  const c0 = s.charCodeAt(0) | 0x20;
  if (c0 === 0x72 || c0 === 0x78 || c0 === 0x75) s = s.replace(/^(?:rfc822|x-[a-z0-9-]{1,40}|unknown)\s*;\s*/i, '');
  if (s.includes('<')) {
    const angle = /<([^<>\s]{1,320})>/.exec(s);
    if (angle) s = angle[1]!;
  }
  s = trimEdges(s);
  const at = s.indexOf('@');
  if (at === -1) return '';
  return addressAt(s, at)?.address ?? '';
}

/** Every address in the text, in order, deduplicated (case-insensitive). */
export function findAddresses(text: string, max = 200): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  let from = 0;
  while (out.length < max) {
    const at = text.indexOf('@', from);
    if (at === -1) break;
    const found = addressAt(text, at);
    from = found ? found.end : at + 1;
    if (found) {
      const key = found.address.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        out.push(found.address);
      }
    }
  }
  return out;
}

/** Whether the text holds an address: findAddresses(text, 1).length > 0, without building the list. */
export function hasAddress(text: string): boolean {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (addressAt(text, at)) return true;
  }
  return false;
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1 ? '' : address.slice(at + 1).toLowerCase();
}
