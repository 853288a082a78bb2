// OpenSMTPD: "This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail." then one line per
// recipient, "rcpt@example.jp: <reason>", up to "Below is a copy of the original message:".
import type { Dialect } from './dialect.js';
import { inTop } from './gate.js';
import type { Reason } from '../types.js';
import { blocks, fromBlock, head, merge, recordsOf, section } from './mta-text.js';

const RCPT_LINE = /^\s*<?([^<>\s:]{1,320}@[^<>\s:]{1,255})>?:\s*(.*)$/;

/** smtpd's own short verdicts (mta.c / the scheduler), which carry no SMTP reply. */
const OWN_WORDS: readonly [string, Reason][] = [
  ['domain does not exist', 'hostunknown'],
  ['network error on destination mxs', 'networkerror'],
  ['envelope expired', 'expired'],
  ['no mx found for domain', 'notaccept'],
  ['loop detected', 'networkerror'],
];

export const opensmtpd: Dialect = {
  name: 'opensmtpd',
  gate: [inTop(10, 'this is the mailer-daemon, please do not reply to this e-mail', 'this is the mailer-daemon, please do not reply to this email')],
  matches: (msg) => {
    const h = head(msg, 10);
    return h.includes('this is the mailer-daemon, please do not reply to this e-mail') || h.includes('this is the mailer-daemon, please do not reply to this email');
  },
  read({ msg, dsn }) {
    const lines = section(msg.text, /list of recipients:|following recipients:/i, /below is a copy of the original message/i);
    const delayed = /temporary failure|delayed/i.test(msg.subject);
    const found = blocks(lines, (l) => {
      const m = RCPT_LINE.exec(l);
      return m ? [m[1]!, m[2]!] : null;
    });
    const text = recordsOf(found, (b) => {
      const rec = fromBlock(b, delayed ? { action: 'delayed' } : {});
      const lower = rec.diagnostic.toLowerCase();
      const own = OWN_WORDS.find(([w]) => lower.startsWith(w));
      if (own) rec.reason = own[1];
      return rec;
    });
    return merge(dsn, text);
  },
};
