// What to tell a user about their own mailbox quota at each level (the levels come from ../quota).
import { DEFAULT_CONFIG, type OrgConfig } from '../config/index.js';
import type { Locale } from '../types.js';
import { catalog } from './catalog-store.js';
import { render, renderList } from './template.js';
import { configVars, linksFor } from './vars.js';

export type QuotaAdviceLevel = 'ok' | 'warn' | 'critical' | 'full' | 'unknown';

/** Any reading with used and limit in the same unit (bytes or KiB); percent when already computed. */
export interface QuotaReading {
  used?: number | null;
  limit?: number | null;
  percent?: number | null;
}

export interface QuotaAdvice {
  level: QuotaAdviceLevel;
  title: string;
  /** What is happening and what it means for incoming mail. */
  text: string;
  steps: string[];
  links: { label: string; url: string }[];
  /** Percent used, one decimal, or null when unknown. */
  percent: number | null;
}

function percentOf(u: QuotaReading | null | undefined): number | null {
  if (!u) return null;
  if (typeof u.percent === 'number' && Number.isFinite(u.percent) && u.percent >= 0) return Math.floor(u.percent * 10) / 10;
  const { used, limit } = u;
  if (typeof used !== 'number' || typeof limit !== 'number' || !Number.isFinite(used) || !Number.isFinite(limit) || limit <= 0 || used < 0) return null;
  return Math.floor((used / limit) * 1000) / 10;
}

const LEVELS: readonly QuotaAdviceLevel[] = ['ok', 'warn', 'critical', 'full', 'unknown'];

export function quotaAdvice(level: QuotaAdviceLevel | string, usage: QuotaReading | null | undefined, locale: Locale, config?: OrgConfig | null): QuotaAdvice {
  const cfg = config ?? DEFAULT_CONFIG;
  const cat = catalog(locale);
  const lv: QuotaAdviceLevel = (LEVELS as readonly string[]).includes(level) ? (level as QuotaAdviceLevel) : 'unknown';
  const e = cat.quota.levels[lv]!;
  const percent = percentOf(usage);
  const vars = { ...configVars(cfg, locale, cat), percent: percent === null ? null : String(percent) };
  const title = render(e.title, vars) ?? lv;
  const text = render(e.text, vars) ?? title;
  const own = renderList(e.steps, vars);
  // The general fixes (emptying Trash, copies left on the server, IMAP, upgrade) matter once space is short.
  const steps = lv === 'ok' ? own : [...own, ...renderList(cat.quota.common, vars)];
  return { level: lv, title, text, steps, links: linksFor(['webmail', 'settings', 'quotaUpgrade', 'helpdesk'], cfg, cat), percent };
}
