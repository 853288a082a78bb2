// Quota level from used/limit. Thresholds are the admin's (org config); defaults follow
// Thunderbird's own meter (warn 80 %, critical 95 %) so our banner never disagrees with it.

export type QuotaLevel = 'ok' | 'warn' | 'critical' | 'full' | 'unknown';

export interface QuotaThresholds {
  /** Percent of the limit at which the user is warned. */
  warnPercent: number;
  /** Percent of the limit at which mail to the user is about to bounce. */
  criticalPercent: number;
}

export const DEFAULT_THRESHOLDS: Readonly<QuotaThresholds> = Object.freeze({ warnPercent: 80, criticalPercent: 95 });

/** Severity order: a higher rank is worse. 'unknown' sits below 'ok' so it never counts as worsening. */
export const LEVEL_RANK: Readonly<Record<QuotaLevel, number>> = Object.freeze({
  unknown: -1,
  ok: 0,
  warn: 1,
  critical: 2,
  full: 3,
});

export interface QuotaUsage {
  used: number;
  limit: number;
  /** used / limit * 100, rounded down to one decimal; null when the limit is unknown. */
  percent: number | null;
  level: QuotaLevel;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

/**
 * Makes admin thresholds usable whatever the config said: each must be a number in (0, 100],
 * and warn must not exceed critical (a swapped pair is put in order rather than rejected).
 */
export function normalizeThresholds(t?: Partial<QuotaThresholds> | null): QuotaThresholds {
  const pick = (v: unknown, d: number): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= 100 ? v : d);
  const warn = pick(t?.warnPercent, DEFAULT_THRESHOLDS.warnPercent);
  const critical = pick(t?.criticalPercent, DEFAULT_THRESHOLDS.criticalPercent);
  return warn <= critical ? { warnPercent: warn, criticalPercent: critical } : { warnPercent: critical, criticalPercent: warn };
}

/** Level for one mailbox. A missing, zero or nonsensical limit is 'unknown', never 'ok'. */
export function quotaLevel(used: unknown, limit: unknown, thresholds?: Partial<QuotaThresholds> | null): QuotaLevel {
  if (!isCount(used) || !isCount(limit) || limit === 0) return 'unknown';
  const t = normalizeThresholds(thresholds);
  // Compare with integer arithmetic where possible so 80 % of a limit is exactly the boundary.
  if (used >= limit) return 'full';
  if (used * 100 >= limit * t.criticalPercent) return 'critical';
  if (used * 100 >= limit * t.warnPercent) return 'warn';
  return 'ok';
}

export function quotaUsage(used: unknown, limit: unknown, thresholds?: Partial<QuotaThresholds> | null): QuotaUsage {
  const level = quotaLevel(used, limit, thresholds);
  const u = isCount(used) ? used : 0;
  const l = isCount(limit) ? limit : 0;
  const percent = level === 'unknown' ? null : Math.floor((u / l) * 1000) / 10;
  return { used: u, limit: l, percent, level };
}

/** The worst of several levels (e.g. STORAGE and MESSAGE quotas of one account). */
export function worstLevel(levels: readonly QuotaLevel[]): QuotaLevel {
  let worst: QuotaLevel = 'unknown';
  for (const l of levels) if (LEVEL_RANK[l] > LEVEL_RANK[worst]) worst = l;
  return worst;
}
