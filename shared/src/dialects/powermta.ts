// PowerMTA (Port25 / Bird), subject "Delivery report": a standard delivery-status part whose vendor field
// X-PowerMTA-BounceCategory names the outcome PowerMTA classified from the remote reply.
import type { Dialect } from './dialect.js';
import { inDsnPart } from './gate.js';
import type { Reason, RecipientRecord } from '../types.js';
import { dsnText } from './appliance-text.js';
import { cleanAddress } from '../text/index.js';
import { lowerPart } from './lower-text.js';
import { recordsOf } from './mta-text.js';

/** PowerMTA's documented bounce categories; "other" and unknown ones leave the decision to the rules. */
const CATEGORY: Readonly<Record<string, Reason>> = {
  'bad-mailbox': 'userunknown',
  'bad-domain': 'hostunknown',
  'inactive-mailbox': 'suspend',
  'quota-issues': 'mailboxfull',
  'message-expired': 'expired',
  'no-answer-from-host': 'networkerror',
  'bad-connection': 'networkerror',
  'routing-errors': 'systemerror',
  'spam-related': 'spamdetected',
  'virus-related': 'virusdetected',
  'content-related': 'contenterror',
  'policy-related': 'policyviolation',
  'invalid-sender': 'rejected',
  'relaying-issues': 'norelaying',
  'protocol-errors': 'syntaxerror',
};

/** Recipient address -> category, read from the delivery-status part's blocks. */
function categories(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let rcpt = '';
  for (const line of text.split('\n').slice(0, 2000)) {
    const f = /^Final-Recipient:\s*(?:rfc822;)?\s*(.+)$/i.exec(line);
    if (f) { rcpt = cleanAddress(f[1]!).toLowerCase(); continue; }
    const c = /^X-PowerMTA-BounceCategory:\s*([a-z-]{1,40})/i.exec(line);
    if (c && rcpt) out.set(rcpt, c[1]!.toLowerCase());
  }
  return out;
}

export const powermta: Dialect = {
  name: 'powermta',
  gate: [inDsnPart('x-powermta-')],
  matches(msg) {
    const part = msg.parts.find((p) => p.mimeType === 'message/delivery-status' || p.mimeType === 'message/global-delivery-status');
    return part !== undefined && lowerPart(part).includes('x-powermta-') && /^X-PowerMTA-/im.test(dsnText(msg).slice(0, 4000));
  },
  read({ msg, dsn }) {
    const cats = categories(dsnText(msg));
    return recordsOf(dsn, (r): RecipientRecord => {
      const reason = CATEGORY[cats.get(r.address.toLowerCase()) ?? ''];
      return reason && r.action !== 'delivered' ? { ...r, reason } : r;
    });
  },
};
