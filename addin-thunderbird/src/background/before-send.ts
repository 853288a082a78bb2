// compose.onBeforeSend: run the shared prechecks and decide to send, ask, or stop.
// The admin turns the checks off (precheckEnabled) or makes them a hard stop (precheckMayBlock);
// carrier notices are advice, never a reason to block.
import { precheck, type OrgConfig } from '../core.js';
import type { ComposeDetails, Messenger, Tab } from '../types/messenger.js';

export type PrecheckWarning = precheck.PrecheckWarning;

export type SendDecision =
  | { action: 'send' }
  | { action: 'ask'; warnings: PrecheckWarning[] }
  | { action: 'block'; warnings: PrecheckWarning[] };

const BLOCKING = new Set<string>([
  'address-consecutive-dots', 'address-dot-before-at', 'address-leading-dot', 'address-fullwidth',
  'address-space', 'address-invalid', 'size-over-limit',
]);

export function decideSend(warnings: readonly PrecheckWarning[], config: Pick<OrgConfig, 'precheckEnabled' | 'precheckMayBlock'>): SendDecision {
  if (config.precheckEnabled === false || warnings.length === 0) return { action: 'send' };
  const list = [...warnings];
  if (config.precheckMayBlock && list.some((w) => BLOCKING.has(w.code))) return { action: 'block', warnings: list };
  return { action: 'ask', warnings: list };
}

const asList = (v: string[] | string | undefined): string[] => (Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : []);

export function recipientsOf(details: ComposeDetails): string[] {
  return [...asList(details.to), ...asList(details.cc), ...asList(details.bcc)];
}

/** Bytes of the body as UTF-8 (the text Thunderbird will encode), without allocating a copy. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

export async function estimateSize(api: Pick<Messenger, 'compose'>, tabId: number | undefined, details: ComposeDetails): Promise<number | null> {
  const body = details.isPlainText ? details.plainTextBody ?? '' : (details.body ?? '') + (details.plainTextBody ?? '');
  let sizes: number[] = [];
  if (typeof tabId === 'number') {
    try {
      const atts = await api.compose.listAttachments(tabId);
      sizes = atts.map((a) => (typeof a.size === 'number' && a.size > 0 ? a.size : 0));
    } catch {
      return null; // unknown size: the size check is skipped rather than guessed
    }
  }
  return precheck.estimateMessageSize(utf8Length(body), sizes);
}

export function maxBytesOf(config: Pick<OrgConfig, 'maxMessageSizeMb'>): number | null {
  const mb = config.maxMessageSizeMb;
  return typeof mb === 'number' && mb > 0 ? Math.round(mb * 1024 * 1024) : null;
}

/** Shows the warnings and resolves true when the user chooses to send anyway. */
export type Prompt = (tab: Tab, decision: Exclude<SendDecision, { action: 'send' }>) => Promise<boolean>;

export async function handleBeforeSend(
  api: Pick<Messenger, 'compose'>,
  tab: Tab,
  details: ComposeDetails,
  config: OrgConfig,
  prompt: Prompt,
): Promise<{ cancel?: boolean }> {
  if (config.precheckEnabled === false) return {};
  const totalBytes = await estimateSize(api, tab.id, details);
  const warnings = precheck.precheck({ recipients: recipientsOf(details), totalBytes }, { maxMessageBytes: maxBytesOf(config) });
  const decision = decideSend(warnings, config);
  if (decision.action === 'send') return {};
  let sendAnyway: boolean;
  try {
    sendAnyway = await prompt(tab, decision);
  } catch {
    // Our own dialog failed: never stop the user's mail because of a fault of ours, except
    // where the admin asked for a hard stop.
    sendAnyway = decision.action === 'ask';
  }
  // A hard stop ignores the answer: the dialog offers no "send anyway" button then anyway.
  return decision.action === 'block' || !sendAnyway ? { cancel: true } : {};
}
