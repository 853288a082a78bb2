// Sendmail 8: "The original message was received at ..." / "----- Transcript of session follows -----"
// beside a delivery-status part. The DSN has the codes; the transcript has the SMTP command and, when
// the DSN has no Diagnostic-Code, the server's words.
import type { Dialect } from './dialect.js';
import { inLongBody, inTop } from './gate.js';
import type { Message, RecipientRecord } from '../types.js';
import { head, merge, noRecords, sectionAfter } from './mta-text.js';
import { readTranscript } from './sendmail-transcript.js';
import { squash } from '../text/index.js';
import { longBodyHas, lowerLongBody } from './lower-text.js';

/** Sendmail's local delivery agent says so itself when the mailbox does not exist. */
function ownWords(r: RecipientRecord): RecipientRecord {
  return /\bmail\.local: unknown user\b/i.test(r.diagnostic) && !r.reason ? { ...r, reason: 'userunknown' } : r;
}

/** Matches within one line and anchors nothing: sectionAfter finds it with one search. */
const TRANSCRIPT = /- ?transcript of session follows/i;
const END = /^\s*-{3,} ?(?:unsent message follows|original message follows|message header follows|the original message)|^content-type: /i;

function isSendmail(msg: Message): boolean {
  const h = head(msg, 25);
  // lowerLongBody is msg.text.slice(0, 20000).toLowerCase(), made once per message.
  const transcript = longBodyHas(msg, 'transcript of session follows') && /- ?transcript of session follows/.test(lowerLongBody(msg));
  if (!transcript && !h.includes('the original message was received at')) return false;
  return /returned mail|warning: could not send|postmaster notify|undeliverable|delivery status/i.test(msg.subject) || /mailer-daemon/i.test(msg.from);
}

export const sendmail: Dialect = {
  name: 'sendmail',
  gate: [inLongBody('transcript of session follows'), inTop(25, 'the original message was received at')],
  matches: isSendmail,
  read({ msg, dsn }) {
    const { records: text, orphan } = readTranscript(sectionAfter(msg.text, TRANSCRIPT, END));
    const merged = merge(dsn, text, false);
    // No DSN and no transcript result line: the "permanent fatal errors" list names the recipients.
    if (!merged.length) return readFatalList(msg.text);
    // The transcript's addresses lowercased once, not once per comparison.
    const told = new Set<string>();
    for (let i = 0; i < text.length; i++) told.add(text[i]!.address.toLowerCase());
    let words: string | undefined;
    const out: RecipientRecord[] = [];
    for (let i = 0; i < merged.length; i++) {
      const r = merged[i]!;
      // The transcript told this recipient's story without naming it (greeting refused, queue timeout).
      out.push(ownWords(told.has(r.address.toLowerCase()) ? r : { ...r, diagnostic: r.diagnostic || (words ??= squash(orphan.said.join(' '))), command: r.command ?? orphan.command }));
    }
    return out;
  },
};

/** "----- The following addresses had permanent fatal errors -----" then "<rcpt>" and "(reason: ...)". */
export function readFatalList(text: string): RecipientRecord[] {
  const lines = sectionAfter(text, /- ?the following addresses had (?:permanent fatal errors|transient non-fatal errors)/i, /^\s*-{3,}/);
  const out: RecipientRecord[] = [];
  let cur: RecipientRecord | null = null;
  for (const l of lines) {
    const a = /^\s*<?([^<>\s]{1,320}@[^<>\s]{1,255})>?\s*$/.exec(l);
    if (a) {
      cur = { address: a[1]!, action: 'failed', status: null, replyCode: null, remoteMta: null, diagnostic: '', command: null };
      out.push(cur);
      continue;
    }
    const r = /^\s*\(reason: (.{1,1000})\)\s*$/.exec(l);
    if (r && cur) cur.diagnostic = r[1]!;
  }
  // Seldom filled: its own `[]` would stay an array of small integers (see noRecords).
  return out.length ? out : noRecords();
}
