// The decision behind OnMessageSend and OnMessageRecipientsChanged, free of Office so it can be tested
// directly. Rule one: a check that fails or runs out of time lets the mail go.
// By path: the core's index would also bring the diagnosis engine, which a compose window never uses.
import * as pc from '../../../shared/src/precheck/index.js';
import type { Locale, OrgConfig } from '@bounce-doctor/core';
import type { MailTip } from '../graph/client.js';
import { warningLine, mailTipLine, sendDialogText } from '../text/warnings.js';

export type PrecheckWarning = ReturnType<typeof pc.precheck>[number];

/** What the handler can learn about the message being sent; each getter may fail or hang. */
export interface ComposeFacts {
  recipients(): Promise<string[]>;
  /** Body bytes and attachment sizes, for the size estimate; null when unknown. */
  sizes(): Promise<{ bodyBytes: number; attachmentBytes: number[] } | null>;
  /** Graph MailTips for the recipients, when configured; null otherwise. */
  mailTips?: (addresses: string[]) => Promise<MailTip[] | null>;
}

export interface SendDecision {
  allow: boolean;
  /** Shown in the Smart Alerts dialog (Outlook caps it at 500 characters). */
  message: string;
  warnings: PrecheckWarning[];
  tips: MailTip[];
  /** Why the check let the mail go without looking (errors, timeouts, config). */
  skipped: string | null;
}

export const SEND_BUDGET_MS = 4_000;
const DIALOG_MAX = 500;

function mb(n: number | null | undefined): number | null {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.round(n * 1024 * 1024) : null;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
}

export async function collectWarnings(facts: ComposeFacts, config: OrgConfig): Promise<{ warnings: PrecheckWarning[]; tips: MailTip[] }> {
  const recipients = await facts.recipients();
  let totalBytes: number | null = null;
  const sizes = await facts.sizes().catch(() => null);
  if (sizes) totalBytes = pc.estimateMessageSize(sizes.bodyBytes, sizes.attachmentBytes);
  const warnings = pc.precheck({ recipients, totalBytes }, { maxMessageBytes: mb(config.maxMessageSizeMb) });
  let tips: MailTip[] = [];
  if (facts.mailTips && recipients.length) {
    // MailTips are an extra: their failure must not hide the local warnings.
    const addresses = recipients.map((r) => pc.extractAddress(r)).filter((a): a is string => !!a);
    tips = ((await facts.mailTips(addresses).catch(() => null)) ?? []).filter(
      (t) => t.mailboxFull === true || (t.maxMessageSize !== null && totalBytes !== null && totalBytes > t.maxMessageSize),
    );
    tips = tips.map((t) => ({ ...t, maxMessageSize: t.maxMessageSize !== null && totalBytes !== null && totalBytes > t.maxMessageSize ? t.maxMessageSize : null }));
  }
  return { warnings, tips };
}

/** Never throws, never waits longer than the budget. */
export async function decideSend(facts: ComposeFacts, config: OrgConfig, locale: Locale, budgetMs = SEND_BUDGET_MS): Promise<SendDecision> {
  if (!config.precheckEnabled) return { allow: true, message: '', warnings: [], tips: [], skipped: 'precheckEnabled is false' };
  try {
    const { warnings, tips } = await withTimeout(collectWarnings(facts, config), budgetMs, 'send check');
    if (warnings.length === 0 && tips.length === 0) return { allow: true, message: '', warnings, tips, skipped: null };
    const lines = [...warnings.map((w) => warningLine(w, locale)), ...tips.map((t) => mailTipLine(t, locale))];
    const message = sendDialogText(lines, locale, DIALOG_MAX);
    // precheckMayBlock false: the admin wants no dialog at all, so the mail goes and nothing is shown.
    return { allow: !config.precheckMayBlock, message, warnings, tips, skipped: null };
  } catch (e) {
    return { allow: true, message: '', warnings: [], tips: [], skipped: `check failed, mail allowed: ${e instanceof Error ? e.message : String(e)}` };
  }
}
