// Broadcom (Symantec) Email Security.cloud, formerly MessageLabs (*.messagelabs.com).
import type { ReceiverRule } from './rule.js';

export const messagelabs: ReceiverRule = {
  name: 'messagelabs',
  since: '2010-01-01',
  domains: ['messagelabs.com'],
  mtaSuffixes: ['messagelabs.com'],
  signatures: ['messagelabs.com'],
  decide(_rec, lower) {
    if (lower.includes('please turn on smtp authentication')) return { reason: 'securityerror', why: 'MessageLabs: SMTP authentication required' };
    // "542 <address> Rejected": the address-validation service refused the recipient.
    if (/\b542 [^\s@]{1,128}@[^\s@]{1,255} rejected\b/.test(lower)) return { reason: 'userunknown', why: 'MessageLabs: 542 recipient rejected' };
    // MessageLabs checks recipients against the customer's list at RCPT; its "No such user" is that check.
    if (/\b550 [^\s@]{1,128}@[^\s@]{1,255}?\.{3} no such user\b/.test(lower)) return { reason: 'userunknown', why: 'MessageLabs: 550 no such user' };
    return null;
  },
};
