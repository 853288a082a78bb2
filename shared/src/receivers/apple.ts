// Apple iCloud Mail (icloud.com, me.com, mac.com) and Hide My Email relays (privaterelay.appleid.com).
import type { Reason } from '../types.js';
import type { ReceiverRule } from './rule.js';

const WORDS: readonly [string, Reason][] = [
  // iCloud answers 5.1.1 "inactive email address" for an address that no longer exists.
  ['inactive email address', 'userunknown'],
  ['user is over quota', 'mailboxfull'],
  ["dmarc policy", 'authfailure'],
  ['recipient no longer on server', 'hasmoved'],
];

export const apple: ReceiverRule = {
  name: 'apple',
  since: '2011-10-12',
  domains: ['icloud.com', 'me.com', 'mac.com', 'privaterelay.appleid.com'],
  mtaSuffixes: ['mail.icloud.com', 'apple.com', 'privaterelay.appleid.com'],
  signatures: ['support.apple.com/en-us/ht204137'],
  decide(_rec, lower) {
    for (const [w, reason] of WORDS) if (lower.includes(w)) return { reason, why: `Apple: ${w}` };
    return null;
  },
};
