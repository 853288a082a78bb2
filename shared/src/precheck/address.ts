// Recipient address checks. The rules are RFC 5321/5322 dot-atom rules plus the mistakes
// Japanese users make most: full-width letters or @ typed with the IME on, and spaces.
// Every loop here is a single pass over the input: no regex backtracking on user input.
import type { PrecheckWarning } from './types.js';

/** Longest input we look at; compose fields are short, anything longer is invalid anyway. */
export const MAX_ADDRESS_INPUT = 1024;
const MAX_LOCAL = 64; // RFC 5321 4.5.3.1.1
const MAX_ADDRESS = 254; // RFC 5321 path limit minus the angle brackets
const MAX_LABEL = 63;

// RFC 5322 atext, besides ASCII letters and digits.
const ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

/**
 * The addr-spec inside "Display Name <addr>" (the last <...> pair outside quotes), else the
 * trimmed input. Thunderbird hands compose recipients over in this form.
 */
export function extractAddress(recipient: string): string {
  const s = recipient.slice(0, MAX_ADDRESS_INPUT);
  let inQuote = false;
  let open = -1;
  let lastOpen = -1;
  let lastClose = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && inQuote) { i++; continue; }
    if (c === '"') inQuote = !inQuote;
    else if (!inQuote && (c === '<' || c === '＜')) open = i;
    else if (!inQuote && (c === '>' || c === '＞') && open >= 0) { lastOpen = open; lastClose = i; open = -1; }
  }
  if (lastOpen >= 0) return s.slice(lastOpen + 1, lastClose).trim();
  return s.trim();
}

/** Full-width forms (U+FF01..FF5E), the ideographic space, and other IME look-alikes of ASCII. */
function isFullwidth(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || c === 0x2025 /* ‥ */ || c === 0x3002 /* 。 */ || c === 0xff61 /* ｡ */;
}

const isAsciiAlnum = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
const isAsciiSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';

/** Index of the '@' that separates local part and domain: the last one outside a quoted local part. */
function splitAt(addr: string): number {
  let inQuote = false;
  let at = -1;
  for (let i = 0; i < addr.length; i++) {
    const c = addr[i];
    if (c === '\\' && inQuote) { i++; continue; }
    if (c === '"') inQuote = !inQuote;
    else if (!inQuote && (c === '@' || c === '＠')) at = i;
  }
  return at;
}

/** Is the domain a syntactically usable host name (ASCII LDH labels or IDN labels) or literal? */
function domainProblem(domain: string): string | null {
  if (domain.length === 0) return 'empty-domain';
  if (domain.startsWith('[') && domain.endsWith(']')) return null; // address literal; SMTP decides
  const labels = domain.split('.');
  for (const label of labels) {
    if (label.length === 0) continue; // empty labels are reported as dot problems
    if (label.length > MAX_LABEL) return 'label-too-long';
    if (label.startsWith('-') || label.endsWith('-')) return 'label-hyphen';
    for (const ch of label) {
      // Non-ASCII is an IDN label (例え.jp): valid, it is sent as xn--.
      if (ch.charCodeAt(0) < 0x80 && !isAsciiAlnum(ch) && ch !== '-') return 'domain-character';
    }
  }
  return null;
}

/** Problems with one recipient, each as its own warning (a mistyped address can have several). */
export function checkAddress(recipient: string): PrecheckWarning[] {
  const out: PrecheckWarning[] = [];
  const typed = recipient.trim().slice(0, MAX_ADDRESS_INPUT);
  const addr = extractAddress(typed);
  const warn = (code: PrecheckWarning['code'], params: Record<string, string | number> = {}): void => {
    out.push({ code, address: typed, params });
  };

  if (addr.length === 0) {
    warn('address-invalid', { problem: 'empty' });
    return out;
  }

  const wide: string[] = [];
  let spaces = 0;
  for (const ch of addr) {
    if (isFullwidth(ch)) { if (!wide.includes(ch) && wide.length < 8) wide.push(ch); }
    else if (isAsciiSpace(ch)) spaces++;
  }
  if (wide.length) warn('address-fullwidth', { chars: wide.join('') });

  const at = splitAt(addr);
  if (at < 0) {
    if (spaces) warn('address-space', { count: spaces });
    warn('address-invalid', { problem: 'no-at' });
    return out;
  }
  const local = addr.slice(0, at);
  const domain = addr.slice(at + 1);
  // Spaces are legal only inside a quoted local part.
  const quoted = local.length >= 2 && local.startsWith('"') && local.endsWith('"');
  const spaceOutsideQuotes = quoted ? [...domain].filter(isAsciiSpace).length : spaces;
  if (spaceOutsideQuotes) warn('address-space', { count: spaceOutsideQuotes });

  if (local.length === 0) { warn('address-invalid', { problem: 'empty-local' }); return out; }
  if (domain.length === 0) { warn('address-invalid', { problem: 'empty-domain' }); return out; }

  if (!quoted) {
    if (local.startsWith('.') || local.startsWith('．')) warn('address-leading-dot', { part: 'local' });
    if (local.endsWith('.') || local.endsWith('．')) warn('address-dot-before-at', {});
    if (hasDoubleDot(local)) warn('address-consecutive-dots', { part: 'local' });
    const bad = badLocalChar(local);
    if (bad !== null) warn('address-invalid', { problem: 'local-character', char: bad });
  }
  if (domain.startsWith('.')) warn('address-leading-dot', { part: 'domain' });
  if (hasDoubleDot(domain)) warn('address-consecutive-dots', { part: 'domain' });

  const dp = domainProblem(domain.replace(/\.$/, ''));
  if (dp !== null && !wide.length && !spaceOutsideQuotes) warn('address-invalid', { problem: dp });
  if (local.length > MAX_LOCAL) warn('address-invalid', { problem: 'local-too-long', length: local.length });
  else if (addr.length > MAX_ADDRESS) warn('address-invalid', { problem: 'too-long', length: addr.length });
  return out;
}

function hasDoubleDot(s: string): boolean {
  let prevDot = false;
  for (const ch of s) {
    const dot = ch === '.' || ch === '．';
    if (dot && prevDot) return true;
    prevDot = dot;
  }
  return false;
}

/** First character that RFC 5322 dot-atom forbids in an unquoted local part (ignoring the
 *  ones reported by their own codes: dots, spaces, full-width), or null. UTF-8 (RFC 6531) is allowed. */
function badLocalChar(local: string): string | null {
  for (const ch of local) {
    if (ch === '.' || isAsciiSpace(ch) || isFullwidth(ch)) continue;
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x80) continue;
    if (isAsciiAlnum(ch) || ATEXT_SPECIALS.includes(ch)) continue;
    return ch;
  }
  return null;
}

/** The domain of a recipient, lowercased, or null when there is none. */
export function domainOf(recipient: string): string | null {
  const addr = extractAddress(recipient);
  const at = splitAt(addr);
  if (at < 0) return null;
  const d = addr.slice(at + 1).trim().toLowerCase();
  return d.length ? d : null;
}
