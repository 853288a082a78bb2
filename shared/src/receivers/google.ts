// Google (Gmail, Google Workspace, Google Groups), as the receiving side (its SMTP replies end in
// "- gsmtp") and as the sender reporting on another server (its "DNS Error: ... lookup of" and "did not
// accept our requests to connect" wording). Phrases from Google's published SMTP error reference.
import type { Reason } from '../types.js';
import type { ReceiverRule } from './rule.js';

/** Lowercase phrase -> reason; first match wins. */
const WORDS: readonly [string, Reason][] = [
  ['the email account that you tried to reach is disabled', 'suspend'],
  ['the email account that you tried to reach is inactive', 'suspend'],
  ['the email account that you tried to reach does not exist', 'userunknown'],
  ["the recipient's inbox is out of storage space", 'mailboxfull'],
  ['is over its storage limit', 'mailboxfull'],
  ['not rfc 5322 compliant', 'notcompliantrfc'],
  ['messages with multiple addresses in from: header', 'notcompliantrfc'],
  ['rejected due to spam classification', 'spamdetected'],
  ['does not have a ptr record setup', 'requireptr'],
  ['fails to pass authentication checks', 'authfailure'],
  ['the sender is unauthenticated', 'authfailure'],
  ["due to the domain's dmarc policy", 'authfailure'],
  ['has an spf record with a hard fail policy', 'authfailure'],
  ['unusual rate of unsolicited mail', 'badreputation'],
  ['low reputation of the sending', 'badreputation'],
  // Google as the sender: it could not connect and kept the message until it gave up (or still tries).
  ['did not accept our requests to connect', 'expired'],
  // Google as the sender: the recipient domain publishes a null MX.
  ["doesn't receive email according to the administrator", 'notaccept'],
];

export const google: ReceiverRule = {
  name: 'google',
  since: '2012-01-01',
  domains: ['gmail.com', 'googlemail.com', 'google.com', 'googlegroups.com'],
  mtaSuffixes: ['google.com', 'googlemail.com'],
  signatures: [
    '- gsmtp', 'support.google.com/mail', "dns type 'mx' lookup of", 'did not accept our requests to connect',
    // The "** Address not found **" and Google Groups texts of Google's own bounces.
    "because the address couldn't be found", 'your email to group',
  ],
  decide(rec, lower) {
    for (const [w, reason] of WORDS) if (lower.includes(w)) return { reason, why: `Google: ${w}` };
    // Google as the sender: a DNS lookup that failed (NXDOMAIN, no answer) while it keeps retrying.
    if (lower.includes('dns error:') && lower.includes("lookup of")) return { reason: 'networkerror', why: 'Google: DNS error' };
    // "** Address not found **" with no remote answer of its own: Google's directory said no.
    if (lower.includes("because the address couldn't be found") && !rec.replyCode) return { reason: 'userunknown', why: 'Google: address not found' };
    return null;
  },
};
