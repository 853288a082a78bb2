// The org config's fields as data: one row per field, with its kind, bounds and default.
// parseConfig (parse.ts), the JSON Schema (config.schema.json) and docs/config.md follow this table;
// a test keeps the JSON Schema in step with it.

export type FieldKind = 'string' | 'phone' | 'url' | 'number' | 'integer' | 'boolean' | 'locale';

export interface FieldSpec {
  kind: FieldKind;
  /** Inclusive bounds for numbers. */
  min?: number;
  max?: number;
  /** Longest accepted string. */
  maxLength?: number;
}

/** Every field an admin may set. Each is optional; a missing or invalid one takes its default. */
export interface OrgConfig {
  /** Name of the mail provider or organisation as users know it ("KCN", "Example Corp IT"). */
  providerName: string | null;
  /** Force the language of every view; null = follow the mail client. */
  language: 'ja' | 'en' | null;
  /** Largest message (body + attachments) the provider's outgoing server accepts, in MB. */
  maxMessageSizeMb: number | null;
  /** Size of each user's mailbox on the server, in MB. */
  quotaMb: number | null;
  /** Size the mailbox can be raised to, in MB (e.g. 1000 for 1 GB). */
  quotaUpgradeMb: number | null;
  /** True when raising the quota costs nothing. */
  quotaUpgradeFree: boolean | null;
  /** Where a user raises the quota (https). */
  quotaUpgradeUrl: string | null;
  /** Percent used at which the quota meter starts warning. */
  quotaWarnPercent: number;
  /** Percent used at which the warning becomes urgent. */
  quotaCriticalPercent: number;
  helpdeskName: string | null;
  helpdeskPhone: string | null;
  /** Opening hours as free text ("24 hours", "平日 9:00-18:00"). */
  helpdeskHours: string | null;
  helpdeskUrl: string | null;
  helpdeskEmail: string | null;
  /** Webmail login page (https). */
  webmailUrl: string | null;
  /** The user's mail settings page: quota use, forwarding, spam filter, abroad access (https). */
  settingsUrl: string | null;
  /** Name of the provider's server-side spam filter, if it has one ("スパムカット"). */
  spamFilterName: string | null;
  spamFilterUrl: string | null;
  /** Port for sending with SMTP authentication (587 submission, or 465). */
  submissionPort: number;
  /** True when the provider blocks outbound port 25 from its lines (OP25B). */
  port25Blocked: boolean | null;
  /** True when SMTP authentication from outside the country is refused until the user allows it. */
  smtpAuthAbroadRestricted: boolean | null;
  /** Where a user allows SMTP authentication from abroad (https). */
  smtpAuthAbroadUrl: string | null;
  /** Manual for sending through this provider while connected through another line (tethering...). */
  otherNetworkGuideUrl: string | null;
  /** Run the checks before sending (address syntax, size, carrier domains). */
  precheckEnabled: boolean;
  /** Let a failed check stop the send (the user can still send anyway where the host allows it). */
  precheckMayBlock: boolean;
}

export const FIELDS: { readonly [K in keyof OrgConfig]: FieldSpec } = {
  providerName: { kind: 'string', maxLength: 80 },
  language: { kind: 'locale' },
  maxMessageSizeMb: { kind: 'number', min: 0.1, max: 10_000 },
  quotaMb: { kind: 'number', min: 1, max: 10_000_000 },
  quotaUpgradeMb: { kind: 'number', min: 1, max: 10_000_000 },
  quotaUpgradeFree: { kind: 'boolean' },
  quotaUpgradeUrl: { kind: 'url' },
  quotaWarnPercent: { kind: 'number', min: 1, max: 100 },
  quotaCriticalPercent: { kind: 'number', min: 1, max: 100 },
  helpdeskName: { kind: 'string', maxLength: 80 },
  helpdeskPhone: { kind: 'phone', maxLength: 40 },
  helpdeskHours: { kind: 'string', maxLength: 80 },
  helpdeskUrl: { kind: 'url' },
  helpdeskEmail: { kind: 'string', maxLength: 254 },
  webmailUrl: { kind: 'url' },
  settingsUrl: { kind: 'url' },
  spamFilterName: { kind: 'string', maxLength: 80 },
  spamFilterUrl: { kind: 'url' },
  submissionPort: { kind: 'integer', min: 1, max: 65_535 },
  port25Blocked: { kind: 'boolean' },
  smtpAuthAbroadRestricted: { kind: 'boolean' },
  smtpAuthAbroadUrl: { kind: 'url' },
  otherNetworkGuideUrl: { kind: 'url' },
  precheckEnabled: { kind: 'boolean' },
  precheckMayBlock: { kind: 'boolean' },
};

/** Defaults say nothing specific: no provider values are assumed, only mail-wide conventions. */
export const DEFAULT_CONFIG: Readonly<OrgConfig> = Object.freeze({
  providerName: null,
  language: null,
  maxMessageSizeMb: null,
  quotaMb: null,
  quotaUpgradeMb: null,
  quotaUpgradeFree: null,
  quotaUpgradeUrl: null,
  // Thunderbird's own meter uses 80 % and 95 %; matching it avoids two different alarms.
  quotaWarnPercent: 80,
  quotaCriticalPercent: 95,
  helpdeskName: null,
  helpdeskPhone: null,
  helpdeskHours: null,
  helpdeskUrl: null,
  helpdeskEmail: null,
  webmailUrl: null,
  settingsUrl: null,
  spamFilterName: null,
  spamFilterUrl: null,
  // RFC 6409 submission port: what nearly every provider expects behind port-25 blocking.
  submissionPort: 587,
  port25Blocked: null,
  smtpAuthAbroadRestricted: null,
  smtpAuthAbroadUrl: null,
  otherNetworkGuideUrl: null,
  precheckEnabled: true,
  precheckMayBlock: false,
});

/** Keys accepted without being config fields (editor hints). */
export const IGNORED_KEYS: readonly string[] = ['$schema', '$comment'];
