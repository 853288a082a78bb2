// Outlook.com / Hotmail's own delivery reports before its move to Exchange Online ("This is an
// automatically generated Delivery Status Notification." from postmaster@*.hotmail.com), with a
// delivery-status part whose Diagnostic-Code ends in Hotmail's "(-N:N:-N)" trace. The wording is
// Hotmail's own and names the cause.
import type { Reason, RecipientRecord } from '../types.js';
import type { Dialect } from './dialect.js';
import { inBody } from './gate.js';
import { fromMatches } from './appliance-text.js';
import { bodyHas } from './lower-text.js';
import { recordsOf } from './mta-text.js';

const INTRO = /This is an automatically generated Delivery Status Notification/i;

const WORDS: readonly [string, Reason][] = [
  ['the domain is not reachable', 'hostunknown'],
  ['mismatches client ip', 'requireptr'],
  ['requested action not taken: mailbox unavailable', 'userunknown'],
];

export const outlook: Dialect = {
  name: 'outlook',
  gate: [inBody('this is an automatically generated delivery status notification')],
  matches(msg) {
    return bodyHas(msg, 'this is an automatically generated delivery status notification') && INTRO.test(msg.text.slice(0, 1000)) && fromMatches(msg, /@(?:[a-z0-9.-]+\.)?(?:hotmail|outlook|live|msn)\.[a-z.]+/i);
  },
  read({ dsn }) {
    return recordsOf(dsn, (r): RecipientRecord => {
      const lower = r.diagnostic.toLowerCase();
      const hit = WORDS.find(([w]) => lower.includes(w));
      return hit ? { ...r, reason: hit[1] } : r;
    });
  },
};
