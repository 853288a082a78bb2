// X2, a qmail-derived MTA of a large webmail provider ("Message from example.com.", "Unable to deliver
// message to the following address(es).", then "<addr>:" and its explanation, "--- Original message
// follows."). Its own sentences decide where no SMTP reply is quoted.
import type { Dialect } from './dialect.js';
import { inBody } from './gate.js';
import type { RecipientRecord } from '../types.js';
import { addressEntries, reasonIn, record, type PhraseTable, bodyLines } from './appliance-text.js';
import { bodyHas } from './lower-text.js';
import { noRecords, recordsOf } from './mta-text.js';

/** Checked in this order: the cause of a give-up wins over the give-up itself. */
const OWN: PhraseTable = [
  ["wasn't able to establish an smtp connection", 'networkerror'],
  ['account has been disabled or discontinued', 'suspend'],
  ['account is over quota', 'mailboxfull'],
  ['this message has been in the queue too long', 'expired'],
];

const START = /^Unable to deliver message to the following address/i;
const ENTRY = /^<([^\s<>@]{1,128}@[^\s<>]{1,255})>:\s*(.*)$/;
const END = /^-{2,} ?(?:Original message follows|Below this line)/i;

export const x2: Dialect = {
  name: 'x2',
  gate: [inBody('unable to deliver message to the following address')],
  matches(msg) {
    if (!bodyHas(msg, 'unable to deliver message to the following address')) return false;
    const t = msg.text.slice(0, 2000);
    return /^Message from\s+\S+\.\s*$/im.test(t) && /^Unable to deliver message to the following address/im.test(t);
  },
  read({ msg }) {
    const all = bodyLines(msg, 400);
    const start = all.findIndex((line) => START.test(line));
    if (start === -1) return noRecords();
    return recordsOf(addressEntries(all.slice(start + 1), ENTRY, END), ({ address, diag }): RecipientRecord => {
      const text = diag.join(' ');
      const own = reasonIn(OWN, text);
      return record(address, text, { command: null, ...(own ? { reason: own } : {}) });
    });
  },
};
