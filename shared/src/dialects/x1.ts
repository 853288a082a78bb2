// X1, an anonymised Japanese MTA ("Mail Deliver System", "Returned Mail: ..."): "---The following addresses
// had delivery errors---" then "addr [reason]" per recipient.
import type { Dialect } from './dialect.js';
import { inSubject } from './gate.js';
import { lowerSubject } from './lower-text.js';
import type { RecipientRecord } from '../types.js';
import { addressIn, headText, record, bodyLines } from './appliance-text.js';

const START = /^-{2,} ?The following addresses had delivery errors ?-{2,}/i;
const ENTRY = /^\s*<?([^\s<>@[]{1,128}@[^\s<>[]{1,255})>?\s+\[(.{1,500})\]\s*$/;

export const x1: Dialect = {
  name: 'x1',
  gate: [inSubject('returned mail: ', 'mail delivery failure')],
  matches(msg) {
    const s = lowerSubject(msg);
    return (s.startsWith('returned mail: ') || s.startsWith('mail delivery failure')) && /^(?:Returned Mail: |Mail Delivery Failure)/i.test(msg.subject) && /^-{2,} ?The following addresses had delivery errors/im.test(headText(msg));
  },
  read({ msg }) {
    const out: RecipientRecord[] = [];
    let on = false;
    for (const line of bodyLines(msg, 300)) {
      if (START.test(line)) { on = true; continue; }
      if (!on) continue;
      if (/^-{2,}/.test(line)) break;
      const m = ENTRY.exec(line);
      const address = m ? addressIn(m[1]!) : '';
      if (address) out.push(record(address, m![2]!, { command: null }));
    }
    return out;
  },
};
