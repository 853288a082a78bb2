// Trend Micro InterScan Messaging Security Suite ("Message from InterScan Messaging Security Suite"):
// "Unable to deliver message to <addr> (and other recipients in the same domain)." The suite says this
// when the next hop refused the address, and asks the sender to check it.
import type { Dialect } from './dialect.js';
import type { RecipientRecord } from '../types.js';
import { addressIn, bodyText, lines, record } from './appliance-text.js';

const ENTRY = /Unable to deliver message to <([^\s<>@]{1,128}@[^\s<>]{1,255})>(.{0,300})$/i;
const END = /^(?:-{2,}|\*{6,}\s*End of message)/i;

export const trendmicro: Dialect = {
  name: 'trendmicro',
  matches(msg) {
    return /Message from InterScan Messaging Security Suite/i.test(bodyText(msg).slice(0, 3000));
  },
  read({ msg }) {
    const out: RecipientRecord[] = [];
    for (const line of lines(bodyText(msg), 200)) {
      if (END.test(line)) break;
      const m = ENTRY.exec(line);
      if (!m) continue;
      const address = addressIn(m[1]!);
      if (!address || out.some((r) => r.address === address)) continue;
      const rec = record(address, line.trim().replace(/^Reason:\s*/i, ''));
      if (/check if address is correct|unable to deliver message to/i.test(line)) rec.reason = 'userunknown';
      out.push(rec);
    }
    return out;
  },
};
