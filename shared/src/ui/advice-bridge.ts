// The one place the views meet the advice module. The advice functions and each language's catalog
// (with its guide) are most of the pane's weight, so they load as their own chunks: loadAdvice(locale)
// brings the functions and that language only (the other language loads on a switch); then every
// function here is synchronous. It tolerates a partial Advice so a view never shows "undefined".
import type { Diagnosis, Locale, RecipientDiagnosis } from '../types.js';
import type { Advice } from '../advice/types.js';
import type { OrgConfig } from '../config/index.js';
import { fill, uiStrings } from './strings.js';
import { listedRecipients } from './format.js';

/** A section of the "no bounce, but something is wrong" guide, as the views render it. */
export interface GuideItem {
  id: string;
  title: string;
  body: string;
  steps: string[];
  links: { label: string; url: string }[];
}
export interface GuideSectionView {
  id: string;
  title: string;
  items: GuideItem[];
}
export interface GuideView {
  title: string;
  intro: string;
  sections: GuideSectionView[];
}

import type { QuotaLevel } from '../quota/index.js';
export type { QuotaLevel };
export interface QuotaUsage {
  used: number;
  limit: number;
}
export interface QuotaView {
  title: string;
  text: string;
  steps: string[];
  links: { label: string; url: string }[];
}

/**
 * The part of the advice module the views call, checked against its real exports at compile time
 * (a type-only import, so the module itself stays in its own chunk). advice/index.ts (both languages,
 * for a bundle that must not split) and advice/lazy.ts (no catalog) both provide it.
 */
type AdviceApi = Pick<typeof import('../advice/lazy.js'), 'adviseRecipient' | 'summarize' | 'guide' | 'quotaAdvice' | 'hasCatalog'>;

let api: AdviceApi | null = null;
const loading: Partial<Record<Locale, Promise<void>>> = {};
// Languages whose chunks failed to load: the pane stops waiting for them and shows plain fallbacks.
const failed = new Set<Locale>();

const localeOf = (l: Locale | string): Locale => (l === 'ja' ? 'ja' : 'en');

// One import() per language, each in its own function: with the two in one conditional expression the
// bundler preloaded the English chunk for Japanese too.
const PACKS: Record<Locale, () => Promise<typeof import('../advice/pack-en.js')>> = {
  ja: () => import('../advice/pack-ja.js'),
  en: () => import('../advice/pack-en.js'),
};

/**
 * Loads the advice functions and one language's catalog (separate chunks). Safe to call often;
 * resolves when advice in that language is usable.
 */
export function loadAdvice(locale: Locale | string): Promise<void> {
  const l = localeOf(locale);
  if (api?.hasCatalog(l)) return Promise.resolve();
  loading[l] ??= Promise.all([import('../advice/lazy.js'), PACKS[l]()]).then(
    ([m, pack]) => {
      m.registerCatalog(l, pack.default);
      api = m;
      failed.delete(l);
    },
    (e: unknown) => {
      delete loading[l];
      failed.add(l);
      throw e;
    },
  );
  return loading[l];
}

/** True when advice in this language (any, without one) can be given synchronously. */
export function adviceReady(locale?: Locale | string): boolean {
  return api !== null && (locale === undefined || api.hasCatalog(localeOf(locale)));
}

/**
 * True after this language's advice failed to load (any language, without one): views then render
 * their plain fallbacks instead of waiting, and the pane does not retry in a loop.
 */
export function adviceFailed(locale?: Locale | string): boolean {
  return locale === undefined ? failed.size > 0 && api === null : failed.has(localeOf(locale));
}

/** For a bundle that must not split (e.g. a single-file script): hand over the statically imported advice/index.ts. */
export function useAdviceModule(m: AdviceApi): void {
  api = m;
}

export function adviceFor(d: Diagnosis, r: RecipientDiagnosis, locale: Locale, config: OrgConfig): Advice {
  try {
    if (api) return api.adviseRecipient(d, r, locale, config);
  } catch {
    // a catalog bug must not blank the pane: fall back to the plain facts below
  }
  return {
    reason: r.reason, detail: r.detail ?? null, title: r.reason, cause: '', actor: 'nobody', actorLabel: '',
    temporary: r.temporary, steps: [], tell: null, serverWords: r.diagnostic ?? '', stoppedAt: 'unknown', links: [],
  };
}

export function headlineFor(d: Diagnosis, locale: Locale, config: OrgConfig): { headline: string; banner: string } {
  try {
    const s = api?.summarize(d, locale, config);
    if (s?.headline) return { headline: s.headline, banner: s.banner || s.headline };
  } catch {
    // fall through to the plain count below
  }
  const ui = uiStrings(locale);
  const listed = listedRecipients(d);
  const delayedOnly = listed.length > 0 && listed.every((r) => r.action === 'delayed');
  const line = fill(delayedOnly ? ui.recipientsDelayedCount : ui.recipientsCount, { n: listed.length });
  return { headline: line, banner: line };
}

export function guideFor(locale: Locale, config: OrgConfig): GuideView {
  const ui = uiStrings(locale);
  try {
    const g = api?.guide(locale, config);
    if (g) return { title: g.title || ui.guideHeading, intro: g.intro, sections: g.sections.filter((sec) => sec.items.length > 0) };
  } catch {
    // an empty guide below
  }
  return { title: ui.guideHeading, intro: ui.guideIntro, sections: [] };
}

export function quotaFor(level: QuotaLevel, usage: QuotaUsage | null, locale: Locale, config: OrgConfig): QuotaView {
  try {
    const q = api?.quotaAdvice(level, usage, locale, config);
    if (q) return { title: q.title, text: q.text, steps: q.steps, links: q.links };
  } catch {
    // nothing to add below the meter
  }
  return { title: '', text: '', steps: [], links: [] };
}
