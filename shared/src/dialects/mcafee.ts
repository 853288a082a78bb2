// McAfee Email Gateway / MEG (subject "Delivery Status"): "--- The following addresses had delivery
// problems ---" then "<addr>   (reply)" per recipient, and a delivery-status-like attachment.
import type { Dialect } from './dialect.js';
import { inSubject } from './gate.js';
import { lowerSubject } from './lower-text.js';
import type { RecipientRecord } from '../types.js';
import { addressIn, dsnFor, headText, type PhraseTable, reasonIn, record, bodyLines } from './appliance-text.js';

/** The gateway lists here the recipients the next hop refused as unknown. */
const OWN: PhraseTable = [
  ['user not exist', 'userunknown'],
  ['unknown user', 'userunknown'],
  ['no such user', 'userunknown'],
  ['user unknown', 'userunknown'],
];

const ENTRY = /^\s*<([^\s<>@]{1,128}@[^\s<>]{1,255})>\s+\((.{1,1000})\)\s*$/;

export const mcafee: Dialect = {
  name: 'mcafee',
  gate: [inSubject('delivery status')],
  matches(msg) {
    return lowerSubject(msg).includes('delivery status') && /^Delivery Status$/i.test(msg.subject.trim()) && /^[ \t]*-{2,} ?The following addresses had delivery problems/im.test(headText(msg));
  },
  read({ msg, dsn }) {
    const out: RecipientRecord[] = [];
    for (const line of bodyLines(msg, 400)) {
      const m = ENTRY.exec(line);
      if (!m) continue;
      const address = addressIn(m[1]!);
      if (!address || out.some((r) => r.address === address)) continue;
      const d = dsnFor(dsn, address);
      const diag = d?.diagnostic || m[2]!;
      const rec = record(address, diag, { remoteMta: d?.remoteMta ?? null });
      const own = reasonIn(OWN, diag);
      if (own) rec.reason = own;
      out.push(rec);
    }
    return out;
  },
};
