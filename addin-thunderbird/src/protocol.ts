// Messages between the background page, the message display script and the extension pages.
// Replies are plain data (they are structured-cloned).
import type { Diagnosis, Locale, OrgConfig } from './core.js';
import type { BounceBanner } from './background/decide.js';
import type { AccountQuota, QuotaBannerView } from './background/quota-watch.js';
import type { PrecheckWarning } from './background/before-send.js';

export type Request =
  | { type: 'bd:banner' }
  | { type: 'bd:open-pane' }
  | { type: 'bd:quota-dismiss'; accountId: string }
  | { type: 'bd:pane'; messageId?: number | null; tabId?: number | null }
  | { type: 'bd:presend-data'; token: string }
  | { type: 'bd:presend-decision'; token: string; send: boolean };

export interface BannerReply {
  locale: Locale;
  bounce: BounceBanner | null;
  quota: QuotaBannerView[];
  labels: { open: string; dismiss: string };
  /** Where the time went, for the e2e figures: getRaw, diagnose, and the whole background reply. */
  timing: { rawMs: number; diagnoseMs: number; handlerMs: number } | null;
}

export interface PaneReply {
  locale: Locale;
  config: OrgConfig;
  configErrors: string[];
  messageId: number | null;
  subject: string | null;
  diagnosis: Diagnosis | null;
  error: string | null;
  quotas: AccountQuota[];
}

export interface PresendReply {
  locale: Locale;
  mode: 'ask' | 'block';
  warnings: PrecheckWarning[];
  config: OrgConfig;
}

export function isRequest(m: unknown): m is Request {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string' && (m as { type: string }).type.startsWith('bd:');
}
