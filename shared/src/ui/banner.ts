// The banner: one short line above a message (Thunderbird's message display script) or inside the
// pane's host page, with an optional button. Outlook shows its text through notificationMessages
// instead, so the text builders are exported separately from the DOM view.
import type { Diagnosis, Locale } from '../types.js';
import type { OrgConfig } from '../config/index.js';
import { headlineFor, loadAdvice, quotaFor, type QuotaLevel } from './advice-bridge.js';
import { h, text } from './dom.js';
import { formatPercent, listedRecipients } from './format.js';
import type { QuotaInput } from './state.js';
import { quotaLevel } from '../quota/index.js';
import { thresholdsOf } from './thresholds.js';
import { uiStrings } from './strings.js';

export type BannerTone = 'error' | 'warning' | 'info';

export interface BannerContent {
  text: string;
  tone: BannerTone;
  locale: Locale;
  /** Label of the optional button (e.g. "Details"); the button only appears with onAction. */
  actionLabel?: string;
  onAction?: () => void;
  /** Adds a dismiss button that removes the banner. */
  dismissible?: boolean;
}

/** Outlook's InformationalMessage allows 150 characters; the same bound keeps every banner one line. */
export const BANNER_MAX = 150;

export function bannerText(value: string, max = BANNER_MAX): string {
  const v = value.replace(/\s+/g, ' ').trim();
  return v.length > max ? `${v.slice(0, max - 1)}…` : v;
}

/** The banner for a diagnosed message, or null when there is nothing to warn about. */
export async function bannerForDiagnosis(d: Diagnosis, locale: Locale, config: OrgConfig): Promise<BannerContent | null> {
  await loadAdvice(locale).catch(() => undefined);
  if (!d.bounce || listedRecipients(d).length === 0) return null;
  const s = headlineFor(d, locale, config);
  const delayedOnly = d.kind === 'delayed' || listedRecipients(d).every((r) => r.action === 'delayed');
  return { text: bannerText(s.banner || s.headline), tone: delayedOnly ? 'warning' : 'error', locale, actionLabel: uiStrings(locale).actionOpen };
}

/** The banner for a quota reading, or null below the warning threshold. */
export async function bannerForQuota(q: QuotaInput, locale: Locale, config: OrgConfig): Promise<BannerContent | null> {
  await loadAdvice(locale).catch(() => undefined);
  const level: QuotaLevel = q.level ?? quotaLevel(q.used, q.limit, thresholdsOf(config));
  if (level === 'ok' || level === 'unknown') return null;
  const ui = uiStrings(locale);
  const advice = quotaFor(level, { used: q.used, limit: q.limit }, locale, config);
  const levelText = level === 'full' ? ui.quotaLevelFull : level === 'critical' ? ui.quotaLevelCritical : ui.quotaLevelWarn;
  const line = advice.title || `${ui.quotaHeading}: ${levelText} (${formatPercent(q.used / q.limit, locale)})`;
  return { text: bannerText(line), tone: level === 'warn' ? 'warning' : 'error', locale, actionLabel: ui.actionOpen };
}

/** Renders the banner into root (replacing what was there) and returns its element. */
export function renderBanner(root: HTMLElement, content: BannerContent): HTMLElement {
  const ui = uiStrings(content.locale);
  const el = h('div', {
    class: `bd-banner bd-banner-${content.tone}`, role: content.tone === 'info' ? 'status' : 'alert', lang: content.locale,
  });
  el.appendChild(text('span', content.tone === 'info' ? 'i' : '!', { class: 'bd-banner-icon', 'aria-hidden': 'true' }));
  el.appendChild(text('span', bannerText(content.text), { class: 'bd-banner-text' }));
  if (content.onAction) {
    const b = h('button', { type: 'button', class: 'bd-banner-action' }, content.actionLabel ?? ui.actionOpen);
    b.addEventListener('click', () => content.onAction?.());
    el.appendChild(b);
  }
  if (content.dismissible) {
    const x = h('button', { type: 'button', class: 'bd-banner-dismiss', 'aria-label': ui.dismiss }, '×');
    x.addEventListener('click', () => el.remove());
    el.appendChild(x);
  }
  while (root.firstChild) root.removeChild(root.firstChild);
  root.appendChild(el);
  return el;
}
