// Small pieces shared by the dialects of mail appliances, list servers and smaller providers
// (IMail, Domino, m-FILTER, ezweb, Mail.ru ...). Every pattern is anchored on fixed words and bounded.
import type { Action, Message, Reason, RecipientRecord } from '../types.js';
import { header } from '../message/index.js';
import { cleanAddress, findAddresses, findReplyCode, findStatus, isStatus, squash } from '../text/index.js';
import { findCommand, normaliseCommand } from '../report/command.js';

/** A dialect's own wording table: the first lowercase phrase found decides the reason. */
export type PhraseTable = readonly (readonly [string, Reason])[];

export function reasonIn(table: PhraseTable, text: string): Reason | null {
  if (!text) return null;
  const lower = text.toLowerCase();
  for (const [phrase, reason] of table) if (lower.includes(phrase)) return reason;
  return null;
}

/** The body text plus any text/plain parts postal-mime kept as attachments (some appliances send those). */
export function bodyText(msg: Message): string {
  const extra = msg.parts.filter((p) => p.mimeType.startsWith('text/plain')).map((p) => p.text);
  return extra.length ? [msg.text, ...extra].join('\n') : msg.text;
}

const HEAD = 4000;
const heads = new WeakMap<Message, string>();
// The message asked about last (several appliances ask in a row): a comparison instead of a WeakMap lookup.
let lastMsg: Message | undefined;
let lastHead = '';

/** The first few thousand characters of the body and of each text/plain part, computed once per message:
 *  what the dialects' cheap `matches` look at. */
export function headText(msg: Message): string {
  if (msg === lastMsg) return lastHead;
  let h = heads.get(msg);
  if (h === undefined) {
    h = [msg.text.slice(0, HEAD), ...msg.parts.filter((p) => p.mimeType.startsWith('text/plain')).map((p) => p.text.slice(0, HEAD))].join('\n');
    heads.set(msg, h);
  }
  lastMsg = msg;
  lastHead = h;
  return h;
}

/** Longest line the dialects look at: report lines are short; longer ones are garbage or unwrapped data. */
const MAX_LINE = 4000;

export function lines(text: string, max = 3000): string[] {
  const all = text.split('\n', max);
  for (let i = 0; i < all.length; i++) if (all[i]!.length > MAX_LINE) all[i] = all[i]!.slice(0, MAX_LINE);
  return all;
}

/**
 * lines(bodyText(msg), max), without joining the whole body and its text/plain parts into one string
 * first: the lines of a join with '\n' are the lines of each piece in turn, and only `max` are wanted.
 */
export function bodyLines(msg: Message, max: number): string[] {
  const all = msg.text.split('\n', max);
  const parts = msg.parts;
  for (let i = 0; i < parts.length && all.length < max; i++) {
    const p = parts[i]!;
    if (!p.mimeType.startsWith('text/plain')) continue;
    const more = p.text.split('\n', max - all.length);
    for (let j = 0; j < more.length; j++) all.push(more[j]!);
  }
  for (let i = 0; i < all.length; i++) if (all[i]!.length > MAX_LINE) all[i] = all[i]!.slice(0, MAX_LINE);
  return all;
}

export function headerMatches(msg: Message, key: string, re: RegExp): boolean {
  const v = header(msg, key);
  return v !== null && re.test(v);
}

export function fromMatches(msg: Message, re: RegExp): boolean {
  return re.test(msg.from) || headerMatches(msg, 'from', re);
}

/** The first address in a line, cleaned, or ''. */
export function addressIn(line: string): string {
  const a = findAddresses(line.length > 1000 ? line.slice(0, 1000) : line, 1)[0];
  return a ? cleanAddress(a) : '';
}

const APPLIANCE_COMMAND = /\b(?:after|for|smtp:)\s*(rcpt|mail|data|text|helo|ehlo|starttls)\b/i;

/**
 * findCommand, but the appliances' own shorthand comes first: "for RCPT", "SMTP:RCPT host", "after TEXT"
 * (the message text, DATA), a bare "after RCPT". findCommand knows none of these and stays as it is for
 * the code that relies on it.
 */
export function commandOf(text: string): string | null {
  const m = APPLIANCE_COMMAND.exec(text);
  // TEXT is the one word here that normaliseCommand leaves out.
  return m ? normaliseCommand(m[1]!) ?? 'DATA' : findCommand(text);
}

export interface RecordExtra {
  action?: Action | null;
  status?: string | null;
  replyCode?: string | null;
  remoteMta?: string | null;
  command?: string | null;
  reason?: Reason | null;
}

/** One recipient record; status, reply code and command are read from the diagnostic unless given. */
export function record(address: string, diagnostic: string, extra: RecordExtra = {}): RecipientRecord {
  const diag = squash(diagnostic);
  const status = extra.status !== undefined ? extra.status : findStatus(diag);
  const rec: RecipientRecord = {
    address,
    action: extra.action !== undefined ? extra.action : 'failed',
    status: isStatus(status) ? status : null,
    replyCode: extra.replyCode !== undefined ? extra.replyCode : findReplyCode(diag),
    remoteMta: extra.remoteMta ?? null,
    diagnostic: diag,
    command: extra.command !== undefined ? extra.command : commandOf(diag),
  };
  if (extra.reason) rec.reason = extra.reason;
  return rec;
}

/** The delivery-status record for an address, if the bounce carried one. */
export function dsnFor(dsn: RecipientRecord[], address: string): RecipientRecord | undefined {
  const a = address.toLowerCase();
  return dsn.find((d) => d.address.toLowerCase() === a);
}

/** Raw text of the delivery-status part (for vendor fields the RFC 3464 reader does not keep). */
export function dsnText(msg: Message): string {
  return msg.parts.find((p) => p.mimeType === 'message/delivery-status' || p.mimeType === 'message/global-delivery-status')?.text ?? '';
}

/** qmail-style "<addr>: words" entries with their continuation lines, read until `end` matches. */
export function addressEntries(textLines: string[], entry: RegExp, end: RegExp): { address: string; diag: string[] }[] {
  const out: { address: string; diag: string[] }[] = [];
  for (const line of textLines) {
    if (end.test(line)) break;
    const m = entry.exec(line);
    if (m) {
      const address = addressIn(m[1]!);
      if (address) out.push({ address, diag: m[2] ? [m[2]] : [] });
      continue;
    }
    if (line.trim() && out.length) out[out.length - 1]!.diag.push(line.trim());
  }
  return out;
}
