// The typed values that flow through the core: Message -> Report -> Diagnosis -> Advice.
// Shells only supply raw input and render the last value; everything in between is pure.

export const REASONS = [
  'userunknown', 'hostunknown', 'hasmoved', 'mailboxfull', 'mesgtoobig', 'exceedlimit', 'suspend',
  'filtered', 'rejected', 'blocked', 'badreputation', 'requireptr', 'authfailure', 'notcompliantrfc',
  'spamdetected', 'virusdetected', 'policyviolation', 'securityerror', 'contenterror', 'norelaying',
  'notaccept', 'networkerror', 'expired', 'toomanyconn', 'speeding', 'syntaxerror', 'systemerror',
  'systemfull', 'mailererror', 'failedstarttls', 'suppressed', 'onhold', 'undefined',
  'delivered', 'vacation', 'feedback',
] as const;
export type Reason = (typeof REASONS)[number];

export type Kind = 'failed' | 'delayed' | 'delivered' | 'vacation' | 'feedback' | 'none';
export type Action = 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded';
export type Actor = 'sender' | 'recipient' | 'sender-admin' | 'recipient-admin' | 'nobody';
export type Locale = 'ja' | 'en';

/** One header as it appeared, name lowercased, value unfolded and decoded. */
export interface Header {
  key: string;
  value: string;
}

/** A MIME part the report layer may look at; bodies are decoded text, bounded by the limits. */
export interface Part {
  mimeType: string;
  /** Decoded text of the part (delivery-status, rfc822-headers, returned message source...). */
  text: string;
  filename?: string | null;
}

/** Raw bytes after newline normalisation and bounding, parsed by postal-mime. */
export interface Message {
  headers: Header[];
  subject: string;
  from: string;
  to: string[];
  date: string | null;
  messageId: string | null;
  /** Plain-text body (text/plain parts joined; html converted to text when there is no plain). */
  text: string;
  /** Non-text parts: message/delivery-status, text/rfc822-headers, message/rfc822 (as text), etc. */
  parts: Part[];
  /** True when the input was cut to the size limit before parsing. */
  truncated: boolean;
  /** Size of the input in bytes, before bounding. */
  size: number;
}

/** What the report layer found out about one recipient, before any reason is decided. */
export interface RecipientRecord {
  address: string;
  originalRecipient?: string | null;
  action: Action | null;
  /** Enhanced status code exactly as found (x.y.z), never invented. */
  status: string | null;
  replyCode: string | null;
  remoteMta: string | null;
  reportingMta?: string | null;
  /** Server's own words, whitespace-collapsed. */
  diagnostic: string;
  /** SMTP command at which it failed (RCPT, DATA, MAIL, HELO, EHLO, CONN, STARTTLS...). */
  command: string | null;
  /** Type of the Diagnostic-Code field ("SMTP", "X-UNIX", "X-POSTFIX"...), when the report names one. */
  diagnosticType?: string | null;
  lastAttemptDate?: string | null;
  willRetryUntil?: string | null;
  /** A reason the dialect decided itself (from a code table or a specific message). */
  reason?: Reason | null;
  /** A finer reason name of our own, kept beside the contract reason. */
  detail?: string | null;
  /** Feedback type for ARF reports (abuse, opt-out...). */
  feedbackType?: string | null;
}

/** The returned original message, as far as the bounce carries it. */
export interface Original {
  subject: string | null;
  date: string | null;
  messageId: string | null;
  from: string | null;
  to: string[];
}

/** All delivery information found in one message. */
export interface Report {
  /** Which reader found it: 'rfc3464', a dialect name ('postfix'...), 'arf', 'rfc3834', 'pasted'... */
  source: string;
  kind: Kind;
  recipients: RecipientRecord[];
  original: Original | null;
  /** The bounce's own date, subject and sender (the MTA). */
  bounceDate: string | null;
  bounceSubject: string;
  bounceFrom: string;
  /** True when the report came from inside a forwarded message. */
  forwarded: boolean;
}

export interface Evidence {
  /** What decided: 'status', 'replycode', 'command', 'phrase', 'dialect', 'receiver', 'kind', 'none'. */
  by: string;
  /** The code or phrase that decided, or a short description. */
  value: string;
}

export interface RecipientDiagnosis extends RecipientRecord {
  reason: Reason;
  temporary: boolean;
  evidence: Evidence;
  /** Receiving provider rule that applied, if any ('docomo', 'microsoft'...). */
  receiver?: string | null;
}

export interface Diagnosis {
  bounce: boolean;
  kind: Kind;
  source: string;
  recipients: RecipientDiagnosis[];
  original: Original | null;
  bounceDate: string | null;
  bounceSubject: string;
  forwarded: boolean;
  /** Set when the input could not be read well enough to tell; a reason for the user, not a guess. */
  unreadable?: string | null;
}
