// Amazon WorkMail: "An error occurred while trying to deliver the mail to the following recipients:"
// then "Technical report:" with delivery-status fields written into the text part itself.
import type { Dialect } from './dialect.js';
import { inBody } from './gate.js';
import { readDeliveryStatus } from '../report/rfc3464.js';
import { fromMatches } from './appliance-text.js';
import { sesOwnWords } from './amazonses.js';
import { bodyHas, lowerFrom } from './lower-text.js';
import { noRecords, recordsOf } from './mta-text.js';

const START = /An error occurred while trying to deliver the mail to the following recipients/i;
const REPORT = /^[ \t]*Technical report:[ \t]*$/im;

export const amazonworkmail: Dialect = {
  name: 'amazonworkmail',
  gate: [inBody('technical report:')],
  matches(msg) {
    const from = lowerFrom(msg);
    if (!from.includes('amazonses.com') && !from.includes('awsapps.com') && !from.includes('amazonaws.com')) return false;
    if (!bodyHas(msg, 'technical report:')) return false;
    const head = msg.text.slice(0, 4000);
    return START.test(head) && REPORT.test(head) && fromMatches(msg, /amazonses\.com|awsapps\.com|amazonaws\.com/i);
  },
  read({ msg, dsn }) {
    if (dsn.length) return noRecords();
    const m = REPORT.exec(msg.text);
    if (!m) return noRecords();
    // Per-message and per-recipient field blocks, as in a delivery-status part, up to the next prose.
    const fields = msg.text.slice(m.index + m[0].length, m.index + m[0].length + 8000);
    const recs = readDeliveryStatus(fields).recipients;
    return recordsOf(recs, (r) => sesOwnWords({ ...r, action: r.action ?? 'failed' }));
  },
};
