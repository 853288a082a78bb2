// BIGLOBE (postmaster@biglobe.ne.jp): "----- The following addresses had delivery problems -----" with
// the addresses, then "----- Non-delivered information -----" with one explanation for all of them.
import type { Dialect } from './dialect.js';
import { inFrom } from './gate.js';
import { addressIn, fromMatches, reasonIn, record, type PhraseTable, bodyLines } from './appliance-text.js';
import { lowerFrom } from './lower-text.js';
import { recordsOf } from './mta-text.js';

const OWN: PhraseTable = [
  ["recipient's mailbox exceeded", 'mailboxfull'],
  ['mailbox exceeded the local limit', 'mailboxfull'],
];

const ADDRESSES = /^\s*-+ ?The following addresses had delivery problems ?-+/i;
const INFO = /^\s*-+ ?Non-delivered information ?-+/i;
const END = /^(?:-{2,}[^ ]|Content-Type:)/i;

export const biglobe: Dialect = {
  name: 'biglobe',
  gate: [inFrom('biglobe.ne.jp')],
  matches(msg) {
    return lowerFrom(msg).includes('biglobe.ne.jp') && fromMatches(msg, /@(?:[\w-]+\.)*biglobe\.ne\.jp\b/i) && /Non-delivered information/i.test(msg.text.slice(0, 4000));
  },
  read({ msg }) {
    const text = bodyLines(msg, 400);
    const addresses: string[] = [];
    const info: string[] = [];
    let where: 'none' | 'addr' | 'info' = 'none';
    for (const line of text) {
      if (ADDRESSES.test(line)) { where = 'addr'; continue; }
      if (INFO.test(line)) { where = 'info'; continue; }
      if (END.test(line)) break;
      if (where === 'addr') {
        const a = addressIn(line);
        if (a) addresses.push(a);
      } else if (where === 'info' && line.trim()) info.push(line.trim());
    }
    const diag = info.join(' ');
    const own = reasonIn(OWN, diag);
    return recordsOf(addresses, (a) => record(a, diag, own ? { reason: own } : {}));
  },
};
