// Every `detail` name the receiving-provider rules and provider dialects may set beside the contract
// reason. The advice layer keys finer explanations on these; a test checks the rules emit nothing else.
export const DETAILS = Object.freeze([
  // docomo refused the message by the recipient's reception settings (PC mail / domain filter); since 2025-03-13 such mail goes to a spam folder without a bounce.
  'docomo-pc-mail-refused',
  // au/KDDI answered "550 : User unknown" with an empty address: the recipient's reception filter refused it.
  'au-reception-filter',
  // SoftBank refused after accepting the recipient: the recipient's reception filter.
  'softbank-reception-filter',
  // Another Japanese carrier (Rakuten) refused after accepting the recipient: a reception filter.
  'carrier-reception-filter',
  // Exchange Online 5.2.2 "submission quota exceeded": the SENDER's mailbox hit its sending rate limit; not a full mailbox.
  'microsoft-submission-quota',
  // Exchange Online 5.1.90: the sender reached its daily limit of message recipients.
  'microsoft-sender-daily-limit',
  // Exchange Online 5.7.124 / 5.7.133-136: the recipient (group, mailbox) accepts mail only from allowed or internal senders.
  'microsoft-recipient-restricted',
  // Exchange Online 5.7.232 / 5.7.233: the sending tenant exceeded its daily external-recipient limit.
  'microsoft-tenant-rate-limit',
  // Exchange Online 5.1.10 / 5.4.1 "Recipient not found": the address does not exist in the recipient's directory.
  'microsoft-recipient-not-found',
  // Exchange Online 5.1.8 "bad outbound sender": the sender's account is blocked from sending (spam detected).
  'microsoft-sender-blocked',
  // Exchange Online 5.2.121/5.2.122: the recipient's per-hour limit for messages from this sender was exceeded.
  'microsoft-recipient-rate-limit',
  // Exchange Online 5.7.509: the sender's domain failed DMARC and publishes p=reject.
  'microsoft-dmarc-reject',
  // Outlook.com 5.7.515: the sending domain does not meet the SPF/DKIM/DMARC requirements for bulk senders (since 2025-05-05).
  'microsoft-sender-requirements',
  // Exchange Online 5.7.606-649: the sending IP is on Microsoft's block list (delist at sender.office.com).
  'microsoft-banned-ip',
  // Outlook.com 4.7.650-699 / 5.7.650-699: the sending IP is rate limited or refused for its reputation.
  'microsoft-ip-reputation',
  // Exchange Online 5.7.7xx: the sender's whole tenant is blocked or over its sending limits.
  'microsoft-tenant-blocked',
  // Yahoo [TSxx] deferral: mail from the sending IP is deferred for unusual volume or user complaints.
  'yahoo-sender-deferred',
  // Cloudflare Email Routing could not pass the message on to the owner's mailbox and gave no cause.
  'cloudflare-upstream-error',
  // Google Groups refused the post: the group does not exist or the sender may not post to it.
  'google-groups-post-refused',
  // Gmail could not send through the sender's own "Send mail as" SMTP settings (misconfigured or outdated).
  'google-send-mail-as',
  // Amazon SES receiving: a receipt rule the recipient's administrator wrote bounced the message.
  'ses-receipt-rule-bounce',
] as const);

export type Detail = (typeof DETAILS)[number];
