// Cox Communications (cox.net, MX at cloudfilter.net): refusals carry an "AUP#" code from Cox's
// published error-code list; the CDRBL / RBL family means the sending IP is on a block list.
import type { ReceiverRule } from './rule.js';

export const cox: ReceiverRule = {
  name: 'cox',
  since: '2015-01-01',
  domains: ['cox.net'],
  mtaSuffixes: ['cox.net'],
  signatures: ['cox.com/residential/support/email-error-codes'],
  decide(_rec, lower) {
    if (/aup#(?:cdrbl|rbl|ip|bl)/.test(lower) || lower.includes('aup#cdrbl')) return { reason: 'blocked', why: 'Cox: AUP block-list code' };
    if (lower.includes('aup#') && lower.includes('too many')) return { reason: 'toomanyconn', why: 'Cox: AUP rate code' };
    return null;
  },
};
