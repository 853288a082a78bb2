// Mail addresses in bounce text: angle-bracketed, rfc822;-prefixed or bare. Scanning starts from each
// '@' and grows outwards a bounded number of characters, so any input is read in linear time.

const LOCAL_MAX = 128;
const DOMAIN_MAX = 253;
const DOMAIN_OK = /^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/;

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

/** The address around the '@' at `at`, or null; `end` is where scanning may resume. */
function addressAt(text: string, at: number): { address: string; end: number } | null {
  let start = at;
  while (start > 0 && at - start < LOCAL_MAX && isIn(LOCAL_CHAR, text.charCodeAt(start - 1))) start--;
  let end = at + 1;
  while (end < text.length && end - at <= DOMAIN_MAX && isIn(DOMAIN_CHAR, text.charCodeAt(end))) end++;
  let local = text.slice(start, at).replace(/^[.]+/, '');
  let domain = text.slice(at + 1, end);
  while (domain.endsWith('.') || domain.endsWith('-')) domain = domain.slice(0, -1);
  if (!local || !domain || !DOMAIN_OK.test(domain)) return null;
  local = local.replace(/^['"]+/, '');
  if (!local) return null;
  return { address: `${local}@${domain.toLowerCase()}`, end: Math.max(end, at + 1) };
}

function trimEdges(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && `"'([`.includes(s[a]!)) a++;
  while (b > a && `"')].,;:`.includes(s[b - 1]!)) b--;
  return s.slice(a, b);
}

/** Cleans one address value: strips "rfc822;", angle brackets, quotes, trailing dots. Lowercases the domain. */
export function cleanAddress(raw: string | null | undefined): string {
  if (!raw) return '';
  let s = raw.length > 4096 ? raw.slice(0, 4096) : raw;
  s = s.trim().replace(/^(?:rfc822|x-[a-z0-9-]{1,40}|unknown)\s*;\s*/i, '');
  const angle = /<([^<>\s]{1,320})>/.exec(s);
  if (angle) s = angle[1]!;
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
    if (found && !seen.has(found.address.toLowerCase())) {
      seen.add(found.address.toLowerCase());
      out.push(found.address);
    }
  }
  return out;
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1 ? '' : address.slice(at + 1).toLowerCase();
}
