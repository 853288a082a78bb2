// Lotus Notes SMTP MTA (subject "Undeliverable message"): "------- Failure Reasons  --------", the reason
// line(s), the failed addresses, then "------- Returned Message --------".
import type { Dialect } from './dialect.js';
import { inBody } from './gate.js';
import { addressIn, reasonIn, record, bodyLines } from './appliance-text.js';
import { DOMINO_WORDS } from './domino.js';
import { bodyHas } from './lower-text.js';
import { noRecords, recordsOf } from './mta-text.js';

const START = /^-{3,}\s{0,4}Failure Reasons\s{0,4}-{3,}/i;
const END = /^-{3,}\s{0,4}Returned Message\s{0,4}-{3,}/i;

export const notes: Dialect = {
  name: 'notes',
  gate: [inBody('failure reasons')],
  matches(msg) {
    return bodyHas(msg, 'failure reasons') && /^-{3,}\s{0,4}Failure Reasons\s{0,4}-{3,}/im.test(msg.text.slice(0, 3000));
  },
  read({ msg }) {
    const text = bodyLines(msg, 400);
    const start = text.findIndex((l) => START.test(l));
    if (start === -1) return noRecords();
    const why: string[] = [];
    const addrs: string[] = [];
    for (let i = start + 1; i < text.length && !END.test(text[i]!); i++) {
      const a = addressIn(text[i]!);
      if (a && text[i]!.trim().replace(/^<|>$/g, '') === a) addrs.push(a);
      else if (text[i]!.trim()) why.push(text[i]!.trim());
    }
    const diag = why.join(' ');
    const own = reasonIn(DOMINO_WORDS, diag);
    return recordsOf(addrs, (a) => record(a, diag, own ? { reason: own } : {}));
  },
};
