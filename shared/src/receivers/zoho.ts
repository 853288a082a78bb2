// Zoho Mail (zoho.com, zohomail.com; smtpin.zoho.com, mx.zoho.com).
import type { ReceiverRule } from './rule.js';

export const zoho: ReceiverRule = {
  name: 'zoho',
  since: '2015-01-01',
  domains: ['zoho.com', 'zohomail.com', 'zoho.eu', 'zoho.in'],
  mtaSuffixes: ['zoho.com', 'zohomail.com', 'zoho.eu'],
  decide(rec, lower) {
    // Zoho's content checks answer 554 5.7.x at RCPT or after DATA; they are its security policy.
    if (lower.includes('email flagged as spam') || lower.includes('email policy violation detected')) {
      return { reason: 'securityerror', why: 'Zoho: security policy' };
    }
    // "541 5.4.1 Mail rejected by destination domain": the domain owner's rule, cause not given.
    if (lower.includes('mail rejected by destination domain')) return { reason: 'onhold', why: 'Zoho: rejected by the domain (cause not given)' };
    if (rec.status === '5.1.1') return { reason: 'userunknown', why: 'Zoho: 5.1.1' };
    return null;
  },
};
