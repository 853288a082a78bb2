// One headline for the pane and one banner line for the shells (Outlook's notificationMessages take
// at most 150 characters): what happened, to whom; delays read as "still trying".
import { DEFAULT_CONFIG, type OrgConfig } from '../config/index.js';
import type { Diagnosis, Locale, RecipientDiagnosis } from '../types.js';
import { catalog, type Catalog } from './catalog-store.js';
import { entryFor, isStillTrying } from './advise.js';
import { render } from './template.js';

export const BANNER_MAX = 150;

export interface Summary {
  headline: string;
  banner: string;
}

/** Cuts in the middle of a long address so both the user part and the domain stay recognisable. */
export function shortenAddress(a: string, max: number): string {
  if (a.length <= max) return a;
  if (max < 5) return a.slice(0, Math.max(0, max));
  const keepEnd = Math.floor((max - 1) / 2);
  return a.slice(0, max - 1 - keepEnd) + '…' + a.slice(a.length - keepEnd);
}

function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  return s.slice(0, max - 1).trimEnd() + '…';
}

function shortOf(cat: Catalog, r: RecipientDiagnosis): string {
  return entryFor(cat, r.reason, r.detail).entry.short;
}

function line(cat: Catalog, key: string, vars: Record<string, string | null>): string {
  return render(cat.summary[key], vars) ?? '';
}

/**
 * Builds the texts from the most to the least detailed and keeps the first that fits; addresses are
 * shortened before anything is cut, and a last resort clips with an ellipsis.
 */
function fit(build: (addrMax: number) => string, max: number): string {
  for (const addrMax of [320, 60, 40, 24, 16]) {
    const s = build(addrMax);
    if (s.length <= max) return s;
  }
  return clip(build(16), max);
}

export function summarize(d: Diagnosis, locale: Locale, config?: OrgConfig | null): Summary {
  void (config ?? DEFAULT_CONFIG);
  const cat = catalog(locale);
  const rs = d.recipients;
  // One line: control characters (a line break smuggled into an address) become spaces.
  const who = (r: RecipientDiagnosis | undefined, n: number) => shortenAddress((r?.address || cat.words.theRecipient || '?').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' '), n);
  const more = (n: number) => (n > 0 ? (render(cat.words.more ?? '+{n}', { n: String(n) }) ?? '') : '');

  const make = (key: string, extra: (n: number) => Record<string, string | null>): Summary => {
    const build = (n: number) => line(cat, key, extra(n));
    const headline = build(320) || line(cat, 'none', {});
    return { headline, banner: fit(build, BANNER_MAX) || clip(headline, BANNER_MAX) };
  };

  if (!rs.length) return make(d.unreadable ? 'unreadable' : 'none', () => ({}));
  if (d.kind === 'vacation' || rs.every((r) => r.reason === 'vacation')) return make('vacation', (n) => ({ recipient: who(rs[0], n) }));
  if (d.kind === 'feedback' || rs.every((r) => r.reason === 'feedback')) return make('feedback', (n) => ({ recipient: who(rs[0], n) }));
  if (rs.every((r) => r.reason === 'delivered')) return make('delivered', (n) => ({ recipient: who(rs[0], n), more: more(rs.length - 1) }));

  const failed = rs.filter((r) => !['delivered', 'vacation', 'feedback'].includes(r.reason) && !isStillTrying(d, r));
  const trying = rs.filter((r) => isStillTrying(d, r));
  if (!failed.length) {
    return make('delayed', (n) => ({ recipient: who(trying[0], n), more: more(trying.length - 1) }));
  }
  const first = failed[0]!;
  const vars = (n: number) => ({
    recipient: who(first, n),
    short: shortOf(cat, first),
    more: more(failed.length - 1),
    count: String(failed.length),
    trying: trying.length ? (render(cat.summary.alsoTrying, { n: String(trying.length) }) ?? '') : '',
  });
  return make(failed.length === 1 ? 'failedOne' : 'failedMany', vars);
}
