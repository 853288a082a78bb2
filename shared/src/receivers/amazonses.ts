// Amazon SES receiving (inbound-smtp.<region>.amazonaws.com): a receipt rule with a Bounce action
// answers with one of the SES bounce templates. The recipient's administrator chose to bounce the
// message, so the template's wording is the rule's, not a finding about the mailbox.
import type { ReceiverRule } from './rule.js';

const detail = 'ses-receipt-rule-bounce';

export const amazonses: ReceiverRule = {
  name: 'amazonses',
  since: '2015-09-30',
  domains: [],
  mtaSuffixes: ['amazonaws.com'],
  decide(rec, lower) {
    if (!/^inbound-smtp\./.test((rec.remoteMta ?? '').toLowerCase())) return null;
    if (lower.includes('mailbox does not exist')) return { reason: 'filtered', why: 'SES receipt rule: mailbox does not exist', detail };
    if (rec.status === '5.2.3' || lower.includes('exceeds limit set by recipient')) return { reason: 'exceedlimit', why: 'SES receipt rule: length limit set by recipient', detail };
    // "450 4.0.0 Temporary failure": the rule names no cause.
    if (lower.includes('temporary failure') && (rec.status ?? '').endsWith('.0.0')) return { reason: 'onhold', why: 'SES receipt rule: temporary failure (no cause given)', detail };
    return null;
  },
};
