// Amazon SES receiving: a receipt rule with a Bounce action answers with one of SES's bounce templates
// (Reporting-MTA inbound-smtp.<region>.amazonaws.com). The recipient's administrator chose to bounce the
// message with that rule, so "mailbox does not exist" there is a filter decision, not a lookup result.
import type { Dialect } from './dialect.js';
import { inDsnPart } from './gate.js';
import { lowerPart } from './lower-text.js';
import { recordsOf } from './mta-text.js';

const REPORTING = /inbound-smtp\.[a-z0-9-]{1,30}\.amazonaws\.com/i;

export const receivingses: Dialect = {
  name: 'receivingses',
  gate: [inDsnPart('inbound-smtp.')],
  matches(msg) {
    return msg.parts.some((p) => p.mimeType === 'message/delivery-status' && lowerPart(p).includes('inbound-smtp.') && REPORTING.test(p.text.slice(0, 2000)));
  },
  read({ msg, dsn }) {
    const part = msg.parts.find((p) => p.mimeType === 'message/delivery-status');
    const host = REPORTING.exec(part?.text.slice(0, 2000) ?? '')?.[0].toLowerCase() ?? null;
    // The reporting host is the receiving server that refused; the SES receiver rule reads the template.
    return recordsOf(dsn, (r) => ({ ...r, remoteMta: r.remoteMta ?? host }));
  },
};
