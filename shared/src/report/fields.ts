// "Name: value" blocks (RFC 3464 delivery-status, RFC 5965 feedback-report, rfc822-headers), with
// folded continuation lines joined. Blocks are separated by blank lines.
import { isSpace } from '../text/index.js';

export type FieldBlock = Map<string, string>;

/** Characters kept of one field value (a Diagnostic-Code of several folded lines fits easily). */
export const MAX_VALUE_CHARS = 16 * 1024;

/** A field name is at most this far into its line. */
const MAX_NAME_CHARS = 80;

const KELVIN = 0x212a;

/** Bounds of the last name nameLine() found, and whether it has no upper-case letter to fold. */
let nameStart = 0;
let nameEnd = 0;
let nameLower = true;

/**
 * The first ':' of the line [start, end) when what precedes it is a field name, else -1; the name's
 * bounds go to nameStart/nameEnd. In one pass, as `line.indexOf(':')` in 1..80, then
 * `line.slice(0, colon).trim().toLowerCase()` all printable ASCII: blanks (\s) only around the name,
 * every other character printable ASCII, an upper-case letter, or U+212A KELVIN SIGN (the only
 * non-ASCII character that lowercases into ASCII, to 'k').
 */
function nameLine(text: string, start: number, end: number): number {
  const stop = Math.min(end, start + MAX_NAME_CHARS + 1);
  let a = -1;
  let b = -1;
  let gap = false;
  let bad = false;
  let lower = true;
  for (let i = start; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a) {
      if (i === start || a === -1 || bad) return -1;
      nameStart = a;
      nameEnd = b;
      nameLower = lower;
      return i;
    }
    // Compared on every character, not only at blanks: a compare that had never run (no blank before a
    // colon yet) would throw the optimised function away the first time it did.
    const started = a !== -1;
    if (isSpace(c)) {
      gap = started;
      continue;
    }
    // A blank between two name characters, or a character no name has, spoils the name: the line is
    // skipped whether a colon follows or not.
    if (gap) bad = true;
    if (a === -1) a = i;
    b = i + 1;
    if ((c >= 0x41 && c <= 0x5a) || c === KELVIN) lower = false;
    else if (c < 0x21 || c > 0x7e) bad = true;
  }
  return -1;
}

/**
 * Names the readers look up (RFC 3464, RFC 5965, a returned message's headers). A line with one of these
 * gets the constant itself as its key instead of a cut-out, lowercased copy.
 */
const KNOWN_NAMES = [
  'reporting-mta', 'arrival-date', 'received-from-mta', 'original-envelope-id', 'dsn-gateway', 'final-recipient',
  'original-recipient', 'x-actual-recipient', 'action', 'status', 'remote-mta', 'diagnostic-code', 'last-attempt-date',
  'will-retry-until', 'x-postfix-queue-id', 'x-postfix-sender', 'feedback-type', 'user-agent', 'version', 'source-ip',
  'removal-recipient', 'original-rcpt-to', 'original-mail-from', 'reported-domain', 'reported-uri', 'incidents',
  'subject', 'from', 'to', 'date', 'message-id',
];
const KNOWN_BY_LENGTH: string[][] = [];
for (const name of KNOWN_NAMES) (KNOWN_BY_LENGTH[name.length] ??= []).push(name);

/** The name in nameStart/nameEnd, lowercased as toLowerCase() does. */
function nameText(text: string): string {
  const known = KNOWN_BY_LENGTH[nameEnd - nameStart];
  if (known) for (const name of known) if (nameIs(text, name)) return name;
  const name = text.slice(nameStart, nameEnd);
  return nameLower ? name : name.toLowerCase();
}

/** Whether the name in nameStart/nameEnd, lowercased, is `want` (lowercase ASCII). */
function nameIs(text: string, want: string): boolean {
  if (nameEnd - nameStart !== want.length) return false;
  for (let i = 0; i < want.length; i++) {
    let c = text.charCodeAt(nameStart + i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    else if (c === KELVIN) c = 0x6b;
    if (c !== want.charCodeAt(i)) return false;
  }
  return true;
}

/** Stands for every name a filtered read does not keep (no name has a blank in it). */
const OTHER = ' ';

/** text.slice(a, b).trim(), cut once. */
function trimmedSlice(text: string, a: number, b: number): string {
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return text.slice(a, b);
}

/** Whether text[a, b) holds nothing but whitespace (as /^\s*$/ says). */
function blank(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Reads blocks; with `only`, values of other names are not kept (their lines are still read, so that
 * block ends, folding and which occurrence comes first are exactly as without it), and their names are
 * compared in place instead of being cut out and lowercased.
 */
function readBlocks(text: string, maxBlocks: number, only: readonly string[] | null): FieldBlock[] {
  const blocks: FieldBlock[] = [];
  // Counted apart from blocks.length: V8 11.3 keys a load's feedback slot on the variable's index, so
  // `blocks.length` (local 0) shared one with `text.length` (parameter 0), the array's map made the
  // string check a map check, and the first two-byte text threw the optimised reader away.
  let count = 0;
  let cur: FieldBlock = new Map();
  // Whether cur holds any name (with `only`, names not kept still make the block non-empty).
  let size = 0;
  // Recipient names seen in cur (they split a block when they repeat).
  let finalSeen = false;
  let originalSeen = false;
  let lastKey = '';
  // Lines are cut one at a time: callers that want one block (a header block) stop early.
  for (let pos = 0; pos <= text.length; ) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const start = pos;
    pos = end + 1;
    const isBlank = blank(text, start, end);
    let colon = -1;
    let key = OTHER;
    let isFinal = false;
    let isOriginal = false;
    if (!isBlank) {
      const first = text.charCodeAt(start);
      if ((first === 0x20 || first === 0x09) && lastKey) {
        if (lastKey === OTHER) continue;
        const prev = cur.get(lastKey) ?? '';
        // A field value is a line or a few: a runaway fold is garbage, and is cut.
        if (prev.length < MAX_VALUE_CHARS) cur.set(lastKey, `${prev} ${trimmedSlice(text, start, end)}`);
        continue;
      }
      colon = nameLine(text, start, end);
      if (colon === -1) continue;
      if (!only) key = nameText(text);
      else for (const name of only) if (nameIs(text, name)) key = name;
      isFinal = only ? nameIs(text, 'final-recipient') : key === 'final-recipient';
      isOriginal = !isFinal && (only ? nameIs(text, 'original-recipient') : key === 'original-recipient');
    }
    // A blank line ends a block; so does a second recipient written without the blank line between
    // blocks. Both go through the one push below: a push that had never run (no recipient repeated yet)
    // would throw the optimised reader away the first time it did, and have it compiled again.
    const ends = isBlank ? size !== 0 : (isFinal && finalSeen) || (isOriginal && originalSeen);
    if (ends) {
      blocks.push(cur);
      if (++count >= maxBlocks) return blocks;
    }
    if (isBlank || ends) {
      cur = new Map();
      finalSeen = false;
      originalSeen = false;
    }
    if (isBlank) {
      size = 0;
      lastKey = '';
      continue;
    }
    if (isFinal) finalSeen = true;
    if (isOriginal) originalSeen = true;
    // A repeated name's folded lines belong to the copy that is dropped, not to the first one's value.
    lastKey = key !== OTHER && cur.has(key) ? OTHER : key;
    size = 1;
    // The first occurrence wins, as in the RFC's one-field-per-block rule.
    if (key !== OTHER && !cur.has(key)) cur.set(key, trimmedSlice(text, colon + 1, Math.min(end, colon + 1 + MAX_VALUE_CHARS)));
  }
  if (size) blocks.push(cur);
  return blocks;
}

export function parseFieldBlocks(text: string, maxBlocks = 1000): FieldBlock[] {
  return readBlocks(text, maxBlocks, null);
}

/**
 * The first block as parseFieldBlocks(text, 1)[0] reads it, holding only the names in `only` (lowercase;
 * the others are read past without building their values); null when there is no block at all.
 */
export function firstFieldBlock(text: string, only: readonly string[]): FieldBlock | null {
  return readBlocks(text, 1, only)[0] ?? null;
}

/** Strips the "type;" prefix of typed fields (rfc822; dns; smtp;). */
export function typedValue(v: string | undefined): string {
  if (!v) return '';
  // The prefix /^[a-z0-9-]{1,20}\s*;\s*/i: a run of 1 to 20 letters, digits and hyphens (a longer run
  // cannot match, as no shorter part of it is followed by a blank or ';'), blanks, ';'. The blanks after
  // the ';' go with trim().
  let i = 0;
  while (i < v.length && i <= 20 && typeChar(v.charCodeAt(i))) i++;
  if (i >= 1 && i <= 20) {
    while (i < v.length && isSpace(v.charCodeAt(i))) i++;
    if (v.charCodeAt(i) === 0x3b) return v.slice(i + 1).trim();
  }
  return v.trim();
}

/** [a-z0-9-] under the i flag: ASCII letters, digits and '-' (no other character folds onto them). */
function typeChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
}
