// Mail addresses in bounce text: angle-bracketed, rfc822;-prefixed or bare.

const ADDR = /[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,128}@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,250}[A-Za-z0-9])?/;
const ADDR_G = new RegExp(ADDR.source, 'g');

/** Cleans one address value: strips "rfc822;", angle brackets, quotes, trailing dots. Lowercases the domain. */
export function cleanAddress(raw: string | null | undefined): string {
  if (!raw) return '';
  let s = raw.trim().replace(/^(?:rfc822|x-[a-z0-9-]+|unknown)\s*;\s*/i, '');
  const angle = /<([^<>\s]{1,320})>/.exec(s);
  if (angle) s = angle[1]!;
  s = s.replace(/^["'([]+|["')\].,;:]+$/g, '');
  const m = ADDR.exec(s);
  if (!m) return '';
  const at = m[0].lastIndexOf('@');
  return (m[0].slice(0, at) + '@' + m[0].slice(at + 1).toLowerCase()).replace(/\.+$/, '');
}

/** Every address in the text, in order, deduplicated (case-insensitive). */
export function findAddresses(text: string, max = 200): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  ADDR_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ADDR_G.exec(text)) && out.length < max) {
    const a = cleanAddress(m[0]);
    if (a && !seen.has(a.toLowerCase())) {
      seen.add(a.toLowerCase());
      out.push(a);
    }
  }
  return out;
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1 ? '' : address.slice(at + 1).toLowerCase();
}
