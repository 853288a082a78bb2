// qmail: "Hi. This is the qmail-send program at ..." then "<rcpt>:" followed by the remote answer,
// up to "--- Below this line is a copy of the message.". qmail's own sentences carry a (#x.y.z) code.
import type { Dialect } from './dialect.js';
import { inTop } from './gate.js';
import type { Reason } from '../types.js';
import { blocks, fromBlock, head, merge, recordsOf, section } from './mta-text.js';

const RCPT_LINE = /^<([^<>\s]{1,320}@[^<>\s]{1,255})>:\s*(.*)$/;

/** qmail-send and vpopmail sentences that name the outcome without any remote SMTP reply. */
const OWN_WORDS: readonly [string, Reason][] = [
  ["couldn't find a mail exchanger or ip address", 'notaccept'],
  ["couldn't find any host named", 'hostunknown'],
  ["couldn't find any host by that name", 'hostunknown'],
  ["wasn't able to establish an smtp connection", 'networkerror'],
  ['no mailbox here by that name', 'userunknown'],
  ['vdelivermail: account is locked', 'suspend'],
  ['unable to contact ldap server', 'systemerror'],
  ['but my name was rejected', 'blocked'],
];

export const qmail: Dialect = {
  name: 'qmail',
  gate: [inTop(8, 'this is the qmail-send program', 'qmail-send program at', "i'm afraid i wasn't able to deliver your message")],
  matches: (msg) => {
    const h = head(msg, 8);
    return h.includes('this is the qmail-send program') || h.includes('qmail-send program at') || h.includes("i'm afraid i wasn't able to deliver your message");
  },
  read({ msg, dsn }) {
    const lines = section(msg.text, null, /^-{2,} ?(?:below this line is a copy|enclosed is a copy)/i);
    const found = blocks(lines, (l) => {
      const m = RCPT_LINE.exec(l);
      return m ? [m[1]!, m[2]!] : null;
    }, false);
    const text = recordsOf(found, (b) => {
      const rec = fromBlock(b);
      const lower = rec.diagnostic.toLowerCase();
      const own = OWN_WORDS.find(([w]) => lower.includes(w));
      if (own && (own[1] === 'blocked' || !/remote host said/i.test(rec.diagnostic))) rec.reason = own[1];
      if (/i'm not going to try again; this message has been in the queue too long/i.test(rec.diagnostic) && !own && !rec.replyCode) rec.reason = 'expired';
      return rec;
    });
    return merge(dsn, text);
  },
};
