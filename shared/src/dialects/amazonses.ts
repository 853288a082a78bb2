// Amazon SES as the sending service: (1) SNS notifications whose body is the SES event as JSON
// (Bounce, Complaint, Delivery); (2) the 2012-era text "The following message to <x> was undeliverable.
// The reason for the problem: 5.1.0 - Unknown address error 550-'5.2.2 ... Mailbox Full'", where the
// code in front is SES's own summary and the quoted part is the remote server's answer.
import type { Action, RecipientRecord } from '../types.js';
import type { Dialect } from './dialect.js';
import { inFrom } from './gate.js';
import { cleanAddress, findReplyCode, findStatus, isStatus, squash } from '../text/index.js';
import { makeRecord, tidyServerText } from './provider-text.js';
import { dsnFor, fromMatches } from './appliance-text.js';
import { lowerFrom } from './lower-text.js';
import { noRecords, recordsOf } from './mta-text.js';

/** The event's type key, bare or escaped inside an SNS envelope's "Message" string. */
const EVENT_KEY = /\\?"(?:notificationType|eventType)\\?"\s*:/;
const OLD_START = /The following message to <([^<>\s]{3,320})> was undeliverable/i;
const NEW_START = /An error occurred while trying to deliver the mail to the following recipients/i;
/** SES's own words when it gave up, as opposed to a remote server's answer it passes on. */
const SES_EXPIRED = /^\s*(?:[45]\d\d\s+)?(?:[45]\.\d\.\d+\s+)?Message expired: unable to deliver in \d+ minutes/i;
const OLD_REASON = /^[ \t]*The reason for the problem:[ \t]*$/im;
/** SES limits what it puts in one notification; more than this many recipients is not an SES event. */
const MAX_JSON_CHARS = 2_000_000;

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function parseEvent(text: string): Json | null {
  const start = text.indexOf('{');
  if (start === -1 || start > 2000) return null;
  const end = text.lastIndexOf('}');
  if (end <= start || end - start > MAX_JSON_CHARS) return null;
  // Mail transports cut lines longer than 998 characters with "!" + newline + space; undo that.
  const raw = text.slice(start, end + 1).replace(/!\n /g, '').replace(/\n/g, '');
  try {
    return obj(JSON.parse(raw));
  } catch {
    return null;
  }
}

function fromEvent(outer: Json): RecipientRecord[] {
  // An SNS envelope ({"Type":"Notification","Message":"<the SES event as a JSON string>"}).
  let ev = outer;
  if (typeof outer['Message'] === 'string' && !outer['notificationType']) {
    try {
      ev = obj(JSON.parse(outer['Message'])) ?? outer;
    } catch {
      ev = outer;
    }
  }
  const type = str(ev['notificationType'] ?? ev['eventType']).toLowerCase();
  const out: RecipientRecord[] = [];
  if (type === 'bounce') {
    const b = obj(ev['bounce']);
    const mta = str(b?.['reportingMTA']).replace(/^(?:dns|dsn);\s*/i, '') || null;
    const transient = str(b?.['bounceType']).toLowerCase() === 'transient';
    for (const r of arr(b?.['bouncedRecipients'])) {
      const o = obj(r);
      const address = cleanAddress(str(o?.['emailAddress']));
      if (!address) continue;
      const diag = tidyServerText(str(o?.['diagnosticCode']).replace(/^smtp;\s*/i, ''));
      const status = str(o?.['status']);
      const action = str(o?.['action']).toLowerCase();
      out.push(makeRecord(address, diag, {
        action: (action === 'delayed' || transient ? 'delayed' : 'failed') as Action,
        status: isStatus(status) ? status : findStatus(diag),
        remoteMta: mta,
      }));
    }
  } else if (type === 'complaint') {
    const c = obj(ev['complaint']);
    for (const r of arr(c?.['complainedRecipients'])) {
      const address = cleanAddress(str(obj(r)?.['emailAddress']));
      if (!address) continue;
      out.push({
        address, action: null, status: null, replyCode: null, remoteMta: null, command: null,
        diagnostic: squash(str(c?.['complaintFeedbackType'])), reason: 'feedback',
        feedbackType: str(c?.['complaintFeedbackType']) || null,
      });
    }
  } else if (type === 'delivery') {
    const d = obj(ev['delivery']);
    const resp = tidyServerText(str(d?.['smtpResponse']));
    for (const r of arr(d?.['recipients'])) {
      const address = cleanAddress(str(r));
      if (!address) continue;
      out.push(makeRecord(address, resp, { action: 'delivered', remoteMta: str(d?.['reportingMTA']).replace(/^(?:dns|dsn);\s*/i, '') || null }));
    }
  }
  return out;
}

function fromOldText(text: string, dsn: RecipientRecord[]): RecipientRecord[] {
  const who = OLD_START.exec(text);
  const r = OLD_REASON.exec(text);
  if (!who || !r) return noRecords();
  const line = text.slice(r.index + r[0].length).split('\n').find((l) => l.trim()) ?? '';
  const quoted = /'([^']{1,2000})'/.exec(line)?.[1] ?? '';
  const address = cleanAddress(who[1]);
  const d = dsnFor(dsn, address) ?? dsn[0];
  // The remote server's own code (inside the quotes) is more precise than SES's summary code.
  const inner = findStatus(quoted);
  const rec = makeRecord(address || d?.address || '', squash(line), {
    status: inner ?? d?.status ?? findStatus(line),
    replyCode: findReplyCode(line.replace(/^\s*[245]\.\d+\.\d+\s*-\s*/, '')) ?? d?.replyCode ?? null,
    remoteMta: d?.remoteMta ?? null,
    action: d?.action ?? 'failed',
  });
  rec.diagnostic = squash(quoted || line);
  return rec.address ? [rec] : [];
}

/** SES saying it stopped retrying names the reason, whatever the last remote answer was. */
export function sesOwnWords(r: RecipientRecord): RecipientRecord {
  return SES_EXPIRED.test(r.diagnostic) && !r.reason ? { ...r, reason: 'expired' } : r;
}

export const amazonses: Dialect = {
  name: 'amazonses',
  gate: [inFrom('amazonaws.com', 'amazonses.com')],
  matches(msg) {
    const from = lowerFrom(msg);
    if (!from.includes('amazonaws.com') && !from.includes('amazonses.com')) return false;
    const head = msg.text.slice(0, 3000);
    if (EVENT_KEY.test(head) && fromMatches(msg, /amazonaws\.com|amazonses\.com/i)) return true;
    return (OLD_START.test(head) || NEW_START.test(head)) && fromMatches(msg, /amazonses\.com/i);
  },
  read({ msg, dsn }) {
    const ev = EVENT_KEY.test(msg.text.slice(0, 3000)) ? parseEvent(msg.text) : null;
    const recs = ev ? fromEvent(ev) : OLD_START.test(msg.text.slice(0, 3000)) ? fromOldText(msg.text, dsn) : dsn;
    return recordsOf(recs, sesOwnWords);
  },
};
