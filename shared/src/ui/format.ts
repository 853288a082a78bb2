// Pure formatting helpers for the views (no DOM): dates, sizes, percentages, locale, safe links.
import type { Diagnosis, Locale, RecipientDiagnosis } from '../types.js';

/** The host language decides: Japanese for any ja* tag first in the list, English otherwise. */
export function detectLocale(languages: readonly (string | null | undefined)[] | undefined): Locale {
  for (const tag of languages ?? []) {
    if (!tag) continue;
    const t = tag.toLowerCase();
    if (t === 'ja' || t.startsWith('ja-') || t.startsWith('ja_')) return 'ja';
    if (t === 'en' || t.startsWith('en-') || t.startsWith('en_')) return 'en';
  }
  return 'en';
}

const INTL_LOCALE: Record<Locale, string> = { ja: 'ja-JP', en: 'en-GB' };

/**
 * A message date in the reader's language. Unparseable text is shown as found (trimmed and bounded)
 * rather than hidden: it is still a fact the helpdesk may need.
 */
export function formatDate(raw: string | null | undefined, locale: Locale, timeZone?: string): string {
  if (!raw) return '';
  const trimmed = raw.trim().slice(0, 200);
  const t = Date.parse(trimmed);
  if (Number.isNaN(t)) return trimmed;
  try {
    return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit',
      ...(timeZone ? { timeZone } : {}),
    }).format(new Date(t));
  } catch {
    return trimmed;
  }
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** Bytes in binary units with one decimal below 10 (what mail providers quote: "200 MB", "1 GB"). */
export function formatBytes(bytes: number, locale: Locale): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '?';
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  const digits = u === 0 || v >= 10 ? 0 : 1;
  const n = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(v);
  return `${n} ${UNITS[u]}`;
}

/** A ratio 0..1 (or above) as a whole percentage; never NaN on a zero or missing limit. */
export function formatPercent(ratio: number, locale: Locale): string {
  if (!Number.isFinite(ratio)) return '?';
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/** Only these schemes become clickable; anything else (javascript:, data:, vbscript:) stays text. */
const SAFE_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);

export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const u = url.trim();
  // Control characters and whitespace inside a scheme are how filters get bypassed: refuse them.
  if (/[\u0000-\u001f\u007f\s]/.test(u)) return null;
  let parsed: URL;
  try {
    parsed = new URL(u);
  } catch {
    return null;
  }
  return SAFE_SCHEMES.has(parsed.protocol) ? parsed.href : null;
}

/** The recipients the pane lists: every one that did not arrive (failed first, then delayed). */
export function listedRecipients(d: Diagnosis | null): RecipientDiagnosis[] {
  if (!d) return [];
  const arrived = (r: RecipientDiagnosis): boolean => r.action === 'delivered' || r.action === 'relayed' || r.action === 'expanded';
  const notArrived = d.recipients.filter((r) => !arrived(r));
  const listed = [...notArrived.filter((r) => r.action !== 'delayed'), ...notArrived.filter((r) => r.action === 'delayed')];
  // A report with only delivered/relayed entries still shows them, so the pane is never silently empty.
  return listed.length > 0 ? listed : d.recipients.slice();
}

/** Keeps a selection index inside the list (a new diagnosis may have fewer recipients). */
export function clampIndex(i: number, length: number): number {
  if (length <= 0) return 0;
  if (!Number.isInteger(i) || i < 0) return 0;
  return Math.min(i, length - 1);
}

/** Collapses whitespace and bounds length so one huge header cannot flood a summary line. */
export function oneLine(value: string | null | undefined, max = 160): string {
  const v = (value ?? '').replace(/\s+/g, ' ').trim();
  return v.length > max ? `${v.slice(0, max - 1)}…` : v;
}
