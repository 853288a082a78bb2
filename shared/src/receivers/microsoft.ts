// Microsoft: Exchange Online / Microsoft 365 tenants (*.mail.protection.outlook.com) and the consumer
// Outlook.com / Hotmail / Live / MSN mailboxes. Its three-digit status codes mean specific things (see
// microsoft-codes.ts); in particular "5.2.2 submission quota exceeded" is a limit on the SENDER's
// mailbox (too many messages or recipients in a period), not a full recipient mailbox.
import type { Reason } from '../types.js';
import type { ReceiverRule } from './rule.js';
import { microsoftCode } from './microsoft-codes.js';

/** Outlook.com's own wording (older Hotmail front ends) with a reason of its own. */
const WORDS: readonly [string, Reason, string][] = [
  ['the domain is not reachable', 'hostunknown', 'Outlook.com: domain is not reachable'],
  ['mismatches client ip', 'requireptr', 'Outlook.com: HELO domain mismatches client IP'],
];

export const microsoft: ReceiverRule = {
  name: 'microsoft',
  since: '2014-01-01',
  domains: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'outlook.jp', 'hotmail.co.jp', 'live.jp', 'onmicrosoft.com', 'hotmail.co.uk', 'hotmail.fr', 'live.fr'],
  mtaSuffixes: ['protection.outlook.com', 'outlook.com', 'hotmail.com', 'office365.com', 'exchangelabs.com'],
  signatures: ['.protection.outlook.com', '.prod.outlook.com', 'sender.office.com', 'resolver.adr.', 'storedrv.'],
  facts: [
    {
      since: '2025-05-05',
      detail: 'microsoft-sender-requirements',
      text: 'Outlook.com rejects mail from high-volume senders whose domain lacks SPF, DKIM and DMARC with 550 5.7.515.',
    },
  ],
  decide(rec, lower) {
    const code = microsoftCode(rec.status ?? null, lower);
    if (code) {
      return { reason: code.reason, why: `Microsoft: ${rec.status}${code.when ? ` ${code.when}` : ''}`, ...(code.detail ? { detail: code.detail } : {}) };
    }
    // "submission quota exceeded" without an enhanced code still means the sender's own limit.
    if (lower.includes('submission quota exceeded')) {
      return { reason: 'speeding', why: 'Microsoft: submission quota exceeded (sender limit)', detail: 'microsoft-submission-quota' };
    }
    for (const [w, reason, why] of WORDS) if (lower.includes(w)) return { reason, why };
    return null;
  },
};
