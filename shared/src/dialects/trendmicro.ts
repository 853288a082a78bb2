// Trend Micro InterScan Messaging Security Suite ("Message from InterScan Messaging Security Suite"):
// "Unable to deliver message to <addr> (and other recipients in the same domain)." The suite says this
// when the next hop refused the address, and asks the sender to check it. InterScan MSS instead quotes the
// exchange: "Sent <<< RCPT TO:<addr>" then "Received >>> 550 5.1.1 ...".
import type { Dialect } from './dialect.js';
import { inFrom, inHead, inHeader } from './gate.js';
import type { RecipientRecord } from '../types.js';
import { addressIn, fromMatches, headText, record, bodyLines } from './appliance-text.js';
import { headHas, lowerFrom } from './lower-text.js';
import { header } from '../message/index.js';

const ENTRY = /Unable to deliver message to <([^\s<>@]{1,128}@[^\s<>]{1,255})>(.{0,300})$/i;
const END = /^(?:-{2,}|\*{6,}\s*End of message)/i;

export const trendmicro: Dialect = {
  name: 'trendmicro',
  gate: [inHead('message from interscan messaging security suite'), inFrom('interscan mss'), inHeader('content-type', 'InterScan_NT_MIME_Boundary')],
  matches(msg) {
    return (headHas(msg, 'message from interscan messaging security suite') && /Message from InterScan Messaging Security Suite/i.test(headText(msg)))
      || (lowerFrom(msg).includes('interscan mss') && fromMatches(msg, /InterScan MSS/i)) || !!header(msg, 'content-type')?.includes('InterScan_NT_MIME_Boundary');
  },
  read({ msg }) {
    const out: RecipientRecord[] = [];
    let sent: { command: string; address: string } | null = null;
    for (const line of bodyLines(msg, 200)) {
      if (END.test(line)) break;
      const s = /^\s*Sent <<<\s*(RCPT TO|MAIL FROM|DATA)\b:?\s*(.*)$/i.exec(line);
      if (s) { sent = { command: s[1]!.slice(0, 4).toUpperCase(), address: addressIn(s[2]!) }; continue; }
      const r = /^\s*Received >>>\s*(.{1,1000})$/i.exec(line);
      if (r && sent) {
        const address = sent.address || addressIn(r[1]!);
        if (address && !out.some((x) => x.address === address)) out.push(record(address, r[1]!, { command: sent.command }));
        continue;
      }
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
