// Exchange Online / Outlook.com enhanced status codes whose meaning is Microsoft's own (three-digit
// details, or a standard code Microsoft uses for something else). Source: Microsoft's published
// "Email non-delivery reports and SMTP errors in Exchange Online" table and the NDR wording in real
// bounces. Checked 2026-11; Microsoft adds codes, it rarely changes one.
import type { Reason } from '../types.js';

export interface MicrosoftCode {
  reason: Reason;
  detail?: string;
  /** Only when the diagnostic also says this (Microsoft reuses some codes). Lowercase substring. */
  when?: string;
}

/** Keyed by the code without its class digit ("1.10" for 5.1.10 and 4.1.10). Checked in order per key. */
export const MICROSOFT_CODES: Record<string, MicrosoftCode[]> = {
  // 5.1.10 RESOLVER.ADR.RecipientNotFound: the recipient is not in the directory.
  '1.10': [{ reason: 'userunknown', detail: 'microsoft-recipient-not-found' }],
  // 5.1.351 is Exchange relaying the remote server's own "unknown recipient" answer.
  '1.351': [{ reason: 'userunknown' }],
  // 5.1.90 the sender reached its daily limit for message recipients (a limit on the sending mailbox).
  '1.90': [{ reason: 'speeding', detail: 'microsoft-sender-daily-limit' }],
  // 5.1.8 Access denied, bad outbound sender: the sending account is blocked for sending spam.
  '1.8': [{ reason: 'rejected', detail: 'microsoft-sender-blocked', when: 'bad outbound sender' }],
  // 5.2.2 is "mailbox full" everywhere, except "submission quota exceeded": the SENDER sent too many
  // messages in a short time (a rate limit on the sending mailbox), not a full recipient mailbox.
  '2.2': [
    { reason: 'speeding', detail: 'microsoft-submission-quota', when: 'submission quota' },
    { reason: 'mailboxfull' },
  ],
  // 5.2.3 RESOLVER.RST.RecipSizeLimit / SendSizeLimit: the message is bigger than the recipient's or
  // sender's size limit (a message size problem, not a per-user quota).
  '2.3': [
    { reason: 'mesgtoobig', when: 'recipsizelimit' },
    { reason: 'mesgtoobig', when: 'sendsizelimit' },
  ],
  // 5.2.121 / 5.2.122: the recipient's per-hour limit for messages from this sender was exceeded.
  '2.121': [{ reason: 'speeding', detail: 'microsoft-recipient-rate-limit' }],
  '2.122': [{ reason: 'speeding', detail: 'microsoft-recipient-rate-limit' }],
  // 5.4.1 "Recipient address rejected: Access denied": directory-based edge blocking, no such recipient.
  '4.1': [{ reason: 'userunknown', detail: 'microsoft-recipient-not-found', when: 'recipient address rejected' }],
  // 5.4.300 message expired; 5.4.316 gave up because connections were refused.
  '4.300': [{ reason: 'expired' }],
  '4.316': [{ reason: 'expired' }],
  // 5.4.310 the recipient domain does not exist in DNS; 5.4.312 the DNS query failed.
  '4.310': [{ reason: 'hostunknown' }],
  '4.312': [{ reason: 'networkerror' }],
  // 5.4.14 / 5.4.6 hop count exceeded, routing loop.
  '4.14': [{ reason: 'networkerror' }],
  // 5.6.11 invalid characters (bare line feeds) in the message.
  '6.11': [{ reason: 'contenterror' }],
  // 5.7.23 SPF validation failed; 5.7.509 DMARC reject.
  '7.23': [{ reason: 'authfailure' }],
  '7.509': [{ reason: 'authfailure', detail: 'microsoft-dmarc-reject' }],
  // 5.7.515 the sending domain does not meet Outlook.com's authentication requirements (SPF+DKIM+DMARC
  // for high-volume senders, enforced since 2025-05-05).
  '7.515': [{ reason: 'securityerror', detail: 'microsoft-sender-requirements' }],
  // 5.7.124 the sender is not on the group's allowed-senders list; 5.7.133-136 the group, mailbox,
  // public folder or mail user accepts mail only from senders inside (or authenticated to) its organisation.
  '7.124': [{ reason: 'rejected', detail: 'microsoft-recipient-restricted' }],
  '7.133': [{ reason: 'rejected', detail: 'microsoft-recipient-restricted' }],
  '7.134': [{ reason: 'rejected', detail: 'microsoft-recipient-restricted' }],
  '7.135': [{ reason: 'rejected', detail: 'microsoft-recipient-restricted' }],
  '7.136': [{ reason: 'rejected', detail: 'microsoft-recipient-restricted' }],
  // 5.7.232 / 5.7.233 the sending tenant exceeded its daily limit of external recipients.
  '7.232': [{ reason: 'speeding', detail: 'microsoft-tenant-rate-limit' }],
  '7.233': [{ reason: 'speeding', detail: 'microsoft-tenant-rate-limit' }],
  // 5.7.57 anonymous submission not allowed; 5.7.64 relay access denied for the tenant.
  '7.57': [{ reason: 'securityerror' }],
  '7.64': [{ reason: 'norelaying' }],
  // 5.7.501-511 the sending account or IP is banned (spam abuse detected); 5.7.606-649 banned sending IP.
  '7.501': [{ reason: 'blocked' }],
  '7.503': [{ reason: 'blocked' }],
  '7.511': [{ reason: 'blocked' }],
  // 5.7.650-699: the IP is rate limited or refused because of its reputation (Outlook.com).
  '7.650': [{ reason: 'badreputation', detail: 'microsoft-ip-reputation' }],
  // 5.7.700-750: the tenant (the sender's organisation) is blocked: too much spam (705), traffic not
  // accepted from its IP (708), sending from unregistered domains (750).
  '7.705': [{ reason: 'blocked', detail: 'microsoft-tenant-blocked' }],
  '7.708': [{ reason: 'blocked', detail: 'microsoft-tenant-blocked' }],
  '7.750': [{ reason: 'blocked', detail: 'microsoft-tenant-blocked' }],
};

function rangeReason(key: string): MicrosoftCode | null {
  const m = /^7\.(\d{3})$/.exec(key);
  if (!m) return null;
  const n = Number(m[1]);
  if (n >= 606 && n <= 649) return { reason: 'blocked', detail: 'microsoft-banned-ip' };
  if (n >= 650 && n <= 699) return { reason: 'badreputation', detail: 'microsoft-ip-reputation' };
  return null;
}

/** Microsoft's meaning of a status code, given the diagnostic text; null when it is not Microsoft-specific. */
export function microsoftCode(status: string | null, lowerDiagnostic: string): MicrosoftCode | null {
  if (!status) return null;
  const key = status.slice(2);
  for (const c of MICROSOFT_CODES[key] ?? []) {
    if (!c.when || lowerDiagnostic.includes(c.when)) return c;
  }
  return rangeReason(key);
}
