// X2, a qmail-derived MTA of a large webmail provider ("Message from example.com.", "Unable to deliver
// message to the following address(es).", then "<addr>:" and its explanation, "--- Original message
// follows."). Its own sentences decide where no SMTP reply is quoted.
import type { Dialect } from './dialect.js';
import type { RecipientRecord } from '../types.js';
import { addressIn, bodyText, lines, reasonIn, record, type PhraseTable } from './appliance-text.js';

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
  matches(msg) {
    const t = msg.text.slice(0, 2000);
    return /^Message from\s+\S+\.\s*$/im.test(t) && /^Unable to deliver message to the following address/im.test(t);
  },
  read({ msg }) {
    const out: { address: string; diag: string[] }[] = [];
    let on = false;
    for (const line of lines(bodyText(msg), 400)) {
      if (START.test(line)) { on = true; continue; }
      if (!on) continue;
      if (END.test(line)) break;
      const m = ENTRY.exec(line);
      if (m) {
        const address = addressIn(m[1]!);
        if (address) out.push({ address, diag: m[2] ? [m[2]] : [] });
        continue;
      }
      if (line.trim() && out.length) out[out.length - 1]!.diag.push(line.trim());
    }
    return out.map(({ address, diag }): RecipientRecord => {
      const text = diag.join(' ');
      const own = reasonIn(OWN, text);
      return record(address, text, { command: null, ...(own ? { reason: own } : {}) });
    });
  },
};
