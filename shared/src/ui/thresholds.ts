// The quota thresholds the admin set in the org config, made safe by the quota module.
import type { OrgConfig } from '../config/index.js';
import { normalizeThresholds, type QuotaThresholds } from '../quota/index.js';

export function thresholdsOf(config: OrgConfig): QuotaThresholds {
  const c = config as Partial<Record<'quotaWarnPercent' | 'quotaCriticalPercent', unknown>>;
  return normalizeThresholds({
    warnPercent: typeof c.quotaWarnPercent === 'number' ? c.quotaWarnPercent : undefined,
    criticalPercent: typeof c.quotaCriticalPercent === 'number' ? c.quotaCriticalPercent : undefined,
  });
}
