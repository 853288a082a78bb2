// X4, a qmail-based ISP MTA ("failure notice"): "Your mail message to the following address(es) could not
// be delivered. This is a permanent error." then "<addr>:" and the local delivery agent's words (e.g.
// "child status 100...The e-mail message could not be delivered because the user's mailfolder is full."),
// then "--- Below this line is a copy of the message.".
import type { Dialect } from './dialect.js';
import type { RecipientRecord } from '../types.js';
import { addressIn, lines, record } from './appliance-text.js';

const START = /^Your mail message to the following address\(es\) could not be delivered/i;
const ENTRY = /^<([^\s<>@]{1,128}@[^\s<>]{1,255})>:\s*(.*)$/;
const END = /^-{2,} ?Below this line is a copy of the message/i;

export const x4: Dialect = {
  name: 'x4',
  matches(msg) {
    return START.test(msg.text.slice(0, 300).trimStart());
  },
  read({ msg }) {
    const out: { address: string; diag: string[] }[] = [];
    for (const line of lines(msg.text, 300)) {
      if (END.test(line)) break;
      const m = ENTRY.exec(line);
      if (m) {
        const address = addressIn(m[1]!);
        if (address) out.push({ address, diag: m[2] ? [m[2]] : [] });
        continue;
      }
      if (line.trim() && out.length) out[out.length - 1]!.diag.push(line.trim());
    }
    // The local delivery agent's exit status ("child status 100") is not an SMTP reply code.
    return out.map(({ address, diag }): RecipientRecord => record(address, diag.join(' '), { command: null, replyCode: null }));
  },
};
