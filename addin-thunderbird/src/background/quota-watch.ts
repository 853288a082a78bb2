// Quota for every account: read what Thunderbird learned from the server (IMAP QUOTA), turn it into
// levels with the admin's thresholds, and decide which accounts raise an alert (once per crossing,
// again when worse). Reading is separate from deciding so the decisions are tested without Thunderbird.
import { quota, type Locale, type OrgConfig } from '../core.js';
import type { FolderQuota, Messenger } from '../types/messenger.js';
import { t } from '../strings.js';

type QuotaLevel = ReturnType<typeof quota.quotaLevel>;
type NotifyState = quota.NotifyState;

export type QuotaStatus = 'reported' | 'no-quota' | 'not-imap' | 'error';

export interface AccountQuota {
  accountId: string;
  name: string;
  type: string;
  status: QuotaStatus;
  /** Bytes for STORAGE; the MESSAGE quota only decides the level when it is worse. */
  used: number | null;
  limit: number | null;
  percent: number | null;
  level: QuotaLevel;
}

export interface QuotaAlert {
  accountId: string;
  name: string;
  level: QuotaLevel;
  percent: number | null;
  used: number | null;
  limit: number | null;
}

export interface QuotaMemory {
  /** Once-per-crossing state per account id. */
  notify: Record<string, NotifyState>;
  /** Alerts the user has not dismissed yet, per account id. */
  alerts: Record<string, QuotaAlert>;
}

export const EMPTY_MEMORY: QuotaMemory = { notify: {}, alerts: {} };

export function thresholdsOf(config: Pick<OrgConfig, 'quotaWarnPercent' | 'quotaCriticalPercent'>): quota.QuotaThresholds {
  return quota.normalizeThresholds({ warnPercent: config.quotaWarnPercent, criticalPercent: config.quotaCriticalPercent });
}

/** Level and numbers for one account from its quota entries (any order, any units per entry). */
export function summarizeEntries(entries: readonly FolderQuota[] | undefined | null, th: quota.QuotaThresholds): Pick<AccountQuota, 'used' | 'limit' | 'percent' | 'level'> | null {
  if (!Array.isArray(entries) || entries.length === 0) return null;
  const storage = entries.find((e) => e && e.type === 'STORAGE');
  const levels = entries.map((e) => quota.quotaLevel(e?.used, e?.limit, th));
  const level = quota.worstLevel(levels);
  if (level === 'unknown') return null;
  const main = storage ?? entries[0];
  const u = quota.quotaUsage(main?.used, main?.limit, th);
  return { used: u.used, limit: u.limit, percent: u.percent, level };
}

/** Reads every account's quota. Never throws: an account that fails is reported as 'error'. */
export async function readQuotas(api: Pick<Messenger, 'accounts' | 'folders'>, th: quota.QuotaThresholds): Promise<AccountQuota[]> {
  let accounts;
  try {
    accounts = await api.accounts.list(false);
  } catch {
    return [];
  }
  const out: AccountQuota[] = [];
  for (const a of accounts) {
    const base = { accountId: a.id, name: a.name, type: a.type, used: null, limit: null, percent: null, level: 'unknown' as QuotaLevel };
    if (a.type !== 'imap') {
      out.push({ ...base, status: 'not-imap' });
      continue;
    }
    try {
      const [inbox] = await api.folders.query({ accountId: a.id, specialUse: ['inbox'] });
      const info = inbox ? await api.folders.getFolderInfo(inbox.id) : null;
      const s = summarizeEntries(info?.quota, th);
      out.push(s ? { ...base, ...s, status: 'reported' } : { ...base, status: 'no-quota' });
    } catch {
      out.push({ ...base, status: 'error' });
    }
  }
  return out;
}

/**
 * Fold new readings into the memory: a crossing (or a worse level) raises an alert; a level back
 * at 'ok' clears it; unknown readings leave everything as it was.
 */
export function evaluateQuotas(readings: readonly AccountQuota[], memory: QuotaMemory): { memory: QuotaMemory; raised: QuotaAlert[] } {
  const notify = { ...memory.notify };
  const alerts = { ...memory.alerts };
  const raised: QuotaAlert[] = [];
  for (const r of readings) {
    if (r.status !== 'reported') continue;
    const d = quota.nextNotifyState(notify[r.accountId], r.level);
    notify[r.accountId] = d.state;
    const alert: QuotaAlert = { accountId: r.accountId, name: r.name, level: r.level, percent: r.percent, used: r.used, limit: r.limit };
    if (d.notify) {
      alerts[r.accountId] = alert;
      raised.push(alert);
    } else if (r.level === 'ok') {
      delete alerts[r.accountId];
    } else if (alerts[r.accountId]) {
      alerts[r.accountId] = alert; // keep the shown numbers current
    }
  }
  return { memory: { notify, alerts }, raised };
}

export function dismissAlert(memory: QuotaMemory, accountId: string): QuotaMemory {
  const alerts = { ...memory.alerts };
  delete alerts[accountId];
  return { notify: memory.notify, alerts };
}

/** The main toolbar button's badge: the fullest account's percent, coloured by level. */
export function quotaBadge(readings: readonly AccountQuota[]): { text: string; color: string | null; title: string | null } {
  let worst: AccountQuota | null = null;
  for (const r of readings) {
    if (r.status !== 'reported') continue;
    if (!worst || quota.LEVEL_RANK[r.level] > quota.LEVEL_RANK[worst.level] || (r.level === worst.level && (r.percent ?? 0) > (worst.percent ?? 0))) worst = r;
  }
  if (!worst || worst.level === 'ok' || worst.level === 'unknown') return { text: '', color: null, title: null };
  const color = worst.level === 'warn' ? '#b06000' : '#c5221f';
  return { text: `${Math.floor(worst.percent ?? 0)}%`, color, title: `${worst.name}: ${worst.percent}%` };
}

export interface QuotaBannerView {
  accountId: string;
  level: QuotaLevel;
  text: string;
  fix: string;
}

type QuotaAdviceFn = (level: QuotaLevel, usage: { used: number; limit: number }, locale: Locale, config: OrgConfig) => unknown;

/** Banner text for an alert, from the advice module's quotaAdvice when present. */
export function quotaBannerView(a: QuotaAlert, locale: Locale, config: OrgConfig, quotaAdvice?: QuotaAdviceFn | null): QuotaBannerView {
  const key = a.level === 'full' ? 'quotaFull' : a.level === 'critical' ? 'quotaCritical' : 'quotaWarn';
  const text = t(locale, key, { account: a.name, percent: Math.floor(a.percent ?? 0) });
  let fix = t(locale, 'quotaFix');
  if (quotaAdvice && a.used !== null && a.limit !== null) {
    try {
      const adv = quotaAdvice(a.level, { used: a.used, limit: a.limit }, locale, config) as { steps?: unknown; text?: unknown } | null;
      const steps = Array.isArray(adv?.steps) ? adv.steps.filter((s): s is string => typeof s === 'string' && s.length > 0) : [];
      if (steps.length) fix = steps.slice(0, 3).join(' / ');
    } catch {
      /* keep the shell's line */
    }
  }
  return { accountId: a.accountId, level: a.level, text, fix };
}
