// Verizon Wireless: the MMS gateway (sysadmin@*.vzwpix.com, "Message could not be delivered to mobile.")
// and the vtext.com SMS gateway ("Error: Invalid user address" with "Message details:" and "RCPT TO:").
import type { Dialect } from './dialect.js';
import { inFrom } from './gate.js';
import { addressIn, fromMatches, reasonIn, record, type PhraseTable, bodyLines } from './appliance-text.js';
import { lowerFrom } from './lower-text.js';
import { noRecords } from './mta-text.js';

const OWN: PhraseTable = [
  ['no valid recipients', 'userunknown'],
  ['invalid user address', 'userunknown'],
  ['no such user', 'userunknown'],
];

export const verizon: Dialect = {
  name: 'verizon',
  gate: [inFrom('vzwpix.com', 'vtext.com')],
  matches(msg) {
    const from = lowerFrom(msg);
    return (from.includes('vzwpix.com') || from.includes('vtext.com')) && fromMatches(msg, /@(?:[\w-]+\.)*(?:vzwpix\.com|vtext\.com)\b/i);
  },
  read({ msg }) {
    // The gateway's words come first; the returned message's details ("Message details:" on vtext,
    // "Original Message:" on the MMS gateway) name the recipient in "RCPT TO:" or "To:".
    let address = '';
    const diag: string[] = [];
    let inDetails = false;
    for (const line of bodyLines(msg, 300)) {
      if (/^\s*(?:Message details:|Original Message:)/i.test(line)) { inDetails = true; continue; }
      if (inDetails) {
        const rcpt = /^\s*(?:RCPT TO|To):\s*(.+)$/i.exec(line);
        if (rcpt && !address) address = addressIn(rcpt[1]!);
        continue;
      }
      if (/^\s*(?:Error|Message could not|\d{3}\b)/i.test(line)) diag.push(line.trim());
    }
    if (!address) return noRecords();
    const words = diag.join(' ');
    const own = reasonIn(OWN, words);
    return [record(address, words, own ? { reason: own } : {})];
  },
};
