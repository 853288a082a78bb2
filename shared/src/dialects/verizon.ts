// Verizon Wireless: the MMS gateway (sysadmin@*.vzwpix.com, "Message could not be delivered to mobile.")
// and the vtext.com SMS gateway ("Error: Invalid user address" with "Message details:" and "RCPT TO:").
import type { Dialect } from './dialect.js';
import type { RecipientRecord } from '../types.js';
import { addressIn, bodyText, fromMatches, lines, reasonIn, record, type PhraseTable } from './appliance-text.js';

const OWN: PhraseTable = [
  ['no valid recipients', 'userunknown'],
  ['invalid user address', 'userunknown'],
  ['no such user', 'userunknown'],
];

export const verizon: Dialect = {
  name: 'verizon',
  matches(msg) {
    return fromMatches(msg, /@(?:[\w-]+\.)*(?:vzwpix\.com|vtext\.com)\b/i);
  },
  read({ msg }) {
    const text = lines(bodyText(msg), 300);
    let address = '';
    const diag: string[] = [];
    let inDetails = false;
    for (const line of text) {
      if (/^\s*Message details:/i.test(line)) { inDetails = true; continue; }
      const rcpt = /^\s*(?:RCPT TO|To):\s*(.+)$/i.exec(line);
      if (rcpt && (inDetails || /^Original Message:/im.test(text.join('\n')))) {
        if (!address) address = addressIn(rcpt[1]!);
        continue;
      }
      if (inDetails) continue;
      if (/^\s*(?:Original Message:|-{2,})/i.test(line)) { inDetails = true; continue; }
      if (/^\s*(?:Error|Message could not|\d{3}\b)/i.test(line)) diag.push(line.trim());
    }
    if (!address) return [];
    const text2 = diag.join(' ');
    const own = reasonIn(OWN, text2);
    const rec: RecipientRecord = record(address, text2, own ? { reason: own } : {});
    return [rec];
  },
};
