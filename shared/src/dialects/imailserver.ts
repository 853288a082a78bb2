// Ipswitch IMail Server (subject "Undeliverable Mail", X-Mailer <IMail ...>): one line per recipient,
// "<what happened>: addr", then "Original message follows." A remote server's reply, when there is one,
// follows "Body of message generated response:".
import type { Dialect } from './dialect.js';
import { inSubject } from './gate.js';
import { lowerSubject } from './lower-text.js';
import type { RecipientRecord } from '../types.js';
import { headerMatches, reasonIn, record, addressIn, type PhraseTable, bodyLines } from './appliance-text.js';
import { recordsOf } from './mta-text.js';

const OWN: PhraseTable = [
  ['unknown user', 'userunknown'],
  ['invalid final delivery userid', 'userunknown'],
  ['user mailbox exceeds allowed size', 'mailboxfull'],
  ['delivery failed ', 'expired'],
];

// IMail's own sentences only: a generic "Words: addr" pattern would also take quoted header lines.
const ENTRY = /^\s*(Unknown user|Invalid final delivery userid|User mailbox exceeds allowed size|Delivery failed \d{1,4} attempts?|undeliverable to|Host unknown|Unable to deliver to|Mailbox (?:does not exist|unavailable)):?\s+<?([^\s<>@]{1,128}@[^\s<>]{1,255})>?\s*$/i;
const END = /^(?:Original message follows\.|-{2,})/i;
const RESPONSE = /^\s*Body of message generated response:/i;

export const imailserver: Dialect = {
  name: 'imailserver',
  gate: [inSubject('undeliverable mail')],
  matches(msg) {
    return lowerSubject(msg).includes('undeliverable mail') && /^Undeliverable Mail\s*$/i.test(msg.subject.trim()) && (/^(?:Original message follows\.|Body of message generated response:)/im.test(msg.text) || headerMatches(msg, 'x-mailer', /IMail/i));
  },
  read({ msg }) {
    const text = bodyLines(msg, 400);
    const out: { what: string; address: string }[] = [];
    const response: string[] = [];
    let inResponse = false;
    for (const line of text) {
      if (END.test(line)) break;
      if (RESPONSE.test(line)) { inResponse = true; continue; }
      if (inResponse) { if (line.trim()) response.push(line.trim()); continue; }
      const m = ENTRY.exec(line);
      if (m) {
        const address = addressIn(m[2]!);
        if (address) out.push({ what: m[1]!.trim(), address });
      }
    }
    return recordsOf(out, ({ what, address }): RecipientRecord => {
      const diag = response.length ? response.join(' ') : what;
      const own = response.length ? null : reasonIn(OWN, what + ' ');
      // "HELO=[...]" inside a quoted reply is not the command that failed.
      return record(address, diag, { command: null, ...(own ? { reason: own } : {}) });
    });
  },
};
