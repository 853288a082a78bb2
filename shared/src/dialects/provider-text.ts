// Small readers shared by the provider dialects (Google, Microsoft, Yahoo, Amazon): the pieces of
// human-readable bounce text they all need. Every pattern is anchored on fixed words and bounded.
import type { Action, RecipientRecord } from '../types.js';
import { squash } from '../text/index.js';
import { record } from './appliance-text.js';

/** "in reply to RCPT TO command", "after end of DATA", "refused to talk to me" -> SMTP command. */
export function commandIn(text: string): string | null {
  const t = text.toLowerCase();
  const m = /(?:in reply to|after|in response to|while sending|during)\s+(?:the\s+)?(rcpt to|rcpt|mail from|mail|end of data|data|helo|ehlo|lhlo|starttls|auth|initial connection|connection)\b/.exec(t);
  if (m) {
    const w = m[1]!;
    if (w.startsWith('rcpt')) return 'RCPT';
    if (w.startsWith('mail')) return 'MAIL';
    if (w.endsWith('data')) return 'DATA';
    if (w === 'initial connection' || w === 'connection') return 'CONN';
    return w.toUpperCase();
  }
  if (t.includes('refused to talk to me')) return 'HELO';
  return null;
}

/** Drops SMTP reply-code repetitions that providers paste in front of the text ("550 550 5.1.1", "550-5.1.1"). */
export function tidyServerText(text: string): string {
  let s = squash(text);
  s = s.replace(/\b([245]\d\d)[ -]([245]\d\d)(?=[ -])/g, (all, a: string, b: string) => (a === b ? a : all));
  // Continuation lines of a multi-line reply repeat "550-5.7.1 " on every line.
  const cont = /^([245]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3}) /.exec(s);
  if (cont) {
    const rep = `${cont[1]}-${cont[2]} `;
    const rep2 = `${cont[1]} ${cont[2]} `;
    s = cont[0] + s.slice(cont[0].length).split(rep).join('').split(rep2).join('');
  }
  return s.trim();
}

/** A record as appliance-text's record() builds it, with the providers' own command wording and a detail. */
export function makeRecord(address: string, diagnostic: string, extra: Partial<RecipientRecord> = {}): RecipientRecord {
  const rec = record(address, diagnostic, {
    action: extra.action ?? 'failed',
    status: extra.status,
    replyCode: extra.replyCode,
    remoteMta: extra.remoteMta,
    reason: extra.reason,
    command: extra.command !== undefined ? extra.command : commandIn(squash(diagnostic)),
  });
  if (extra.detail) rec.detail = extra.detail;
  return rec;
}

export function actionOf(delayed: boolean): Action {
  return delayed ? 'delayed' : 'failed';
}
