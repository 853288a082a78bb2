// Pieces shared by the classic MTA dialects (Postfix, Sendmail, Exim, qmail, DragonFly, OpenSMTPD,
// Courier, V5 sendmail): cutting the human-readable error section into per-recipient blocks and merging
// what the text says with a delivery-status part (Exchange's NDR reader merges with it too). Every
// pattern is anchored on fixed words: linear time.
import type { Message, RecipientRecord } from '../types.js';
import { header } from '../message/index.js';
import { cleanAddress, findReplyCode, findStatus, isStatus, squash } from '../text/index.js';
import { findCommand } from '../report/command.js';
import { preferStatus } from '../report/prefer-status.js';
import { dropRepeatedCodes } from '../report/continuation.js';
import { lowerBody, NO_ENDS, SHORT, type View, viewOf } from './lower-text.js';

export interface Block {
  address: string;
  /** The recipient's lines: the address line's rest and the lines that belong to it. */
  lines: string[];
}

/** Lines from the first line matching `start` (exclusive; from the top when null) up to `end` (exclusive). */
export function section(text: string, start: RegExp | null, end: RegExp | null, maxLines = 400): string[] {
  // The lines are text.split('\n')'s, cut one at a time: the section is a few lines of a text that may
  // hold the whole returned message.
  let from = 0;
  if (start) {
    for (;;) {
      if (from > text.length) return [];
      const nl = text.indexOf('\n', from);
      const line = text.slice(from, nl === -1 ? text.length : nl);
      from = nl === -1 ? text.length + 1 : nl + 1;
      if (start.test(line)) break;
    }
  }
  return linesFrom(text, from, end, maxLines);
}

/**
 * section() for a `start` that matches within one line and anchors nothing (no ^, $, \s or \n): the first
 * line it matches holds its first match in the whole text, found by one search instead of one per line.
 */
export function sectionAfter(text: string, start: RegExp, end: RegExp | null, maxLines = 400): string[] {
  const at = text.search(start);
  if (at === -1) return [];
  const nl = text.indexOf('\n', at);
  return nl === -1 ? [] : linesFrom(text, nl + 1, end, maxLines);
}

/** The lines from offset `from` (a line start; past the end: none) up to one matching `end`. */
function linesFrom(text: string, from: number, end: RegExp | null, maxLines: number): string[] {
  const out: string[] = [];
  while (from <= text.length && out.length < maxLines) {
    const nl = text.indexOf('\n', from);
    const line = text.slice(from, nl === -1 ? text.length : nl);
    if (end && end.test(line)) break;
    out.push(line);
    from = nl === -1 ? text.length + 1 : nl + 1;
  }
  return out;
}

/**
 * xs.map(f), built by push: always a packed array. Array.prototype.map gives a packed array from the
 * builtin but a holey one where TurboFan inlined it, so code optimised on readers' results (merge,
 * findReportSync, kindOf) met a map it had not seen and was thrown away.
 */
export function recordsOf<T>(xs: readonly T[], f: (x: T) => RecipientRecord): RecipientRecord[] {
  const out: RecipientRecord[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!));
  return out;
}

const NOTHING: readonly RecipientRecord[] = [];
const same = (r: RecipientRecord): RecipientRecord => r;

/**
 * A reader's empty result, made where recordsOf makes its arrays: once that array literal has held
 * records it makes arrays of objects even when empty, the one map of a filled result (a `[]` of the
 * reader's own is an array of small integers: one more map for code optimised on readers' results).
 */
export function noRecords(): RecipientRecord[] {
  return recordsOf(NOTHING, same);
}

/**
 * Splits lines into recipient blocks. `recipientOf` returns [address, rest of line] for a line that
 * starts a recipient, else null. A block runs to the next recipient line, or to a blank line when
 * `blankEnds` (after at least one non-blank line).
 */
export function blocks(lines: string[], recipientOf: (line: string) => [string, string] | null, blankEnds = true, max = 500): Block[] {
  const out: Block[] = [];
  let cur: Block | null = null;
  for (const line of lines) {
    const r = recipientOf(line);
    if (r) {
      const address = cleanAddress(r[0]);
      if (address) {
        if (out.length >= max) break;
        cur = { address, lines: r[1].trim() ? [r[1]] : [] };
        out.push(cur);
        continue;
      }
    }
    if (!cur) continue;
    if (!line.trim()) {
      if (blankEnds && cur.lines.length) cur = null;
      continue;
    }
    cur.lines.push(line);
  }
  return out;
}

/** What a caller may set in fromBlock's record instead of what the block says. */
export interface BlockExtra {
  action?: RecipientRecord['action'];
  diagnostic?: string;
}

const NO_EXTRA: BlockExtra = {};

/** lines.join(sep) without building a string for none or one line. */
function joined(lines: string[], sep: string): string {
  return lines.length > 1 ? lines.join(sep) : lines.length === 1 ? lines[0]! : '';
}

export function fromBlock(b: Block, extra: BlockExtra = NO_EXTRA): RecipientRecord {
  const diagnostic = extra.diagnostic ?? dropRepeatedCodes(squash(joined(b.lines, ' ')));
  const status = findStatus(diagnostic);
  // One literal with the keys in the order `{ ..., command, ...extra, diagnostic }` gave them: extra only
  // holds keys the literal has, and its action wins when it has one (even undefined, as a spread would).
  return {
    address: b.address,
    action: 'action' in extra ? extra.action! : 'failed',
    status: isStatus(status) ? status : null,
    replyCode: findReplyCode(diagnostic),
    remoteMta: null,
    // Wrapped lines split "(in reply\n to RCPT TO command)": look in the joined text first.
    command: findCommand(diagnostic) ?? findCommand(joined(b.lines, '\n')),
    diagnostic,
  };
}

/**
 * A delivery-status part knows addresses, actions and codes; the human text knows the server's words and
 * the SMTP command. Each DSN record takes from the text block of the same address (or the only block);
 * `preferText` picks whose diagnostic wins (see pickDiagnostic), or 'all': the text record wins whole,
 * its nulls too, but for the DSN's address and action (and the DSN's remote MTA where the text names
 * none). Exchange asks for that: its text quotes the remote server's words and codes, more precise than
 * the DSN part it wrote itself.
 */
export function merge(dsn: RecipientRecord[], text: RecipientRecord[], preferText: boolean | 'contains' | 'all' = true): RecipientRecord[] {
  if (!dsn.length) return text;
  // No text record to take from: every DSN record stays as it is (a copy, as map() gave). Also keeps
  // `lower` below from ever being an empty array, whose other map threw the optimised merge away.
  if (!text.length) return dsn.slice();
  // Each text address lowercased once, not once per comparison; indexOf finds the first, as find() did.
  // Loops, not map(): see recordsOf.
  const lower: string[] = [];
  for (let i = 0; i < text.length; i++) lower.push(text[i]!.address.toLowerCase());
  const out: RecipientRecord[] = [];
  for (let j = 0; j < dsn.length; j++) {
    const r = dsn[j]!;
    const i = lower.indexOf(r.address.toLowerCase());
    const t = i !== -1 ? text[i] : text.length === 1 && dsn.length === 1 ? text[0] : undefined;
    out.push(t ? mergeOne(r, t, preferText) : r);
  }
  return out;
}

/** One DSN record with what its text record says. */
function mergeOne(r: RecipientRecord, t: RecipientRecord, preferText: boolean | 'contains' | 'all'): RecipientRecord {
  if (preferText === 'all') return { ...r, ...t, address: r.address, action: r.action ?? t.action, remoteMta: t.remoteMta ?? r.remoteMta };
  return {
    ...r,
    diagnostic: pickDiagnostic(r.diagnostic, t.diagnostic, preferText),
    status: preferStatus(r.status, t.status, r.replyCode ?? t.replyCode),
    replyCode: r.replyCode ?? t.replyCode,
    command: t.command ?? r.command,
    reason: r.reason ?? t.reason ?? null,
    detail: r.detail ?? t.detail ?? null,
  };
}

/**
 * true: the text's words; false: the DSN's; 'contains': the text's when it repeats the DSN's words (it
 * adds the host and the SMTP command), else the DSN's, which a local delivery agent may have filled.
 */
function pickDiagnostic(dsnDiag: string, textDiag: string, prefer: boolean | 'contains'): string {
  if (!dsnDiag) return textDiag;
  if (!textDiag) return dsnDiag;
  if (prefer === 'contains') {
    const core = dsnDiag.toLowerCase().replace(/^[245]\d\d[ -]/, '').slice(0, 60);
    return textDiag.toLowerCase().includes(core) ? textDiag : dsnDiag;
  }
  return prefer ? textDiag : dsnDiag;
}

export function fromHeader(msg: Message): string {
  return `${msg.from} ${header(msg, 'from') ?? ''}`.toLowerCase();
}

const HEAD_LINES = 40;

/** Where the n-th line ends ('\n' found searching from index 1, as firstLines does), or -1. */
function lineEnd(text: string, n: number): number {
  let end = 0;
  for (let i = 0; i < n && end !== -1; i++) end = text.indexOf('\n', end + 1);
  return end;
}

function firstLines(text: string, n: number): string {
  const end = lineEnd(text, n);
  return end === -1 ? text : text.slice(0, end);
}

/** What firstLines' loop holds after i + 1 steps, for i below HEAD_LINES: head(n) cuts at ends[n - 1]. */
function lineEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0, end = 0; i < HEAD_LINES; i++) ends.push(end = end === -1 ? -1 : text.indexOf('\n', end + 1));
  return ends;
}

/**
 * The first 40 lines lowercased (view.top) and their line ends (view.topEnds), cut from lowerBody's copy
 * when they lie inside its window: lowercasing maps character by character and never adds or drops a
 * '\n', and its only context rule (final sigma) stops at a line break, so the cut copy equals lowercasing
 * the cut. Ends found in the copy hold for the cut too: all but the last lie before it.
 */
function top(msg: Message, v: View): string {
  const end = lineEnd(msg.text, HEAD_LINES);
  if (end === -1 ? msg.text.length <= SHORT : end < SHORT) {
    const low = lowerBody(msg, v);
    const ends = lineEnds(low);
    const cut = ends[HEAD_LINES - 1]!;
    v.topEnds = ends;
    return cut === -1 ? low : low.slice(0, cut);
  }
  return firstLines(msg.text, HEAD_LINES).toLowerCase();
}

/** The first `n` lines of the body, lowercased: where MTAs put their signature sentence. */
export function head(msg: Message, n = 30): string {
  if (n > HEAD_LINES) return firstLines(msg.text, n).toLowerCase();
  // Every dialect asks: cut and lowercase the top of the body once per message, and find its line ends once.
  const v = viewOf(msg);
  const t = v.top || (v.top = top(msg, v));
  if (n === HEAD_LINES) return t;
  if (n < 1) return firstLines(t, n);
  const end = (v.topEnds === NO_ENDS ? (v.topEnds = lineEnds(t)) : v.topEnds)[n - 1]!;
  return end === -1 ? t : t.slice(0, end);
}
