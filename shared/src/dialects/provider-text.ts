// Small readers shared by the provider dialects (Google, Microsoft, Yahoo, Amazon): the pieces of
// human-readable bounce text they all need. Every pattern is anchored on fixed words and bounded.
import type { Action, RecipientRecord } from '../types.js';
import { squash } from '../text/index.js';
import { normaliseCommand } from '../report/command.js';
import { record } from './appliance-text.js';

/** Matched against the lowercased text. */
const PROVIDER_COMMAND = /(?:in reply to|after|in response to|while sending|during)\s+(?:the\s+)?(rcpt to|rcpt|mail from|mail|end of data|data|helo|ehlo|lhlo|starttls|auth|initial connection|connection)\b/;

/**
 * The SMTP command in the providers' own phrasing ("in response to the DATA", "while sending LHLO",
 * "during initial connection", "in reply to RCPT TO", "refused to talk to me"), which findCommand's
 * patterns miss; findCommand's MTA shapes (">>> DATA", qmail's sentences) are not looked for here.
 */
export function commandIn(text: string): string | null {
  const t = text.toLowerCase();
  const m = PROVIDER_COMMAND.exec(t);
  // LHLO (LMTP's greeting) is the one word here that normaliseCommand leaves out.
  if (m) return normaliseCommand(m[1]!) ?? 'LHLO';
  return t.includes('refused to talk to me') ? 'HELO' : null;
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
