// X4, a qmail-based ISP MTA ("failure notice"): "Your mail message to the following address(es) could not
// be delivered. This is a permanent error." then "<addr>:" and the local delivery agent's words (e.g.
// "child status 100...The e-mail message could not be delivered because the user's mailfolder is full."),
// then "--- Below this line is a copy of the message.".
import type { Dialect } from './dialect.js';
import { inBody } from './gate.js';
import type { RecipientRecord } from '../types.js';
import { addressEntries, lines, record } from './appliance-text.js';
import { recordsOf } from './mta-text.js';

const START = /^Your mail message to the following address\(es\) could not be delivered/i;
const ENTRY = /^<([^\s<>@]{1,128}@[^\s<>]{1,255})>:\s*(.*)$/;
const END = /^-{2,} ?Below this line is a copy of the message/i;

export const x4: Dialect = {
  name: 'x4',
  gate: [inBody('your mail message to the following address(es) could not be delivered')],
  matches(msg) {
    return START.test(msg.text.slice(0, 300).trimStart());
  },
  read({ msg }) {
    const out = addressEntries(lines(msg.text, 300), ENTRY, END);
    // The local delivery agent's exit status ("child status 100") is not an SMTP reply code.
    return recordsOf(out, ({ address, diag }): RecipientRecord => record(address, diag.join(' '), { command: null, replyCode: null }));
  },
};
