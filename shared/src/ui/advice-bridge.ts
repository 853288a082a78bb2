// The one place the views meet the advice module. The advice catalogs (both languages and the guide)
// are most of the pane's weight, so they load as their own chunk: loadAdvice() once, then every
// function here is synchronous. It tolerates a partial Advice so a view never shows "undefined".
import type { Diagnosis, Locale, RecipientDiagnosis } from '../types.js';
import type { Advice, StopPoint } from '../advice/types.js';
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
 * (a type-only import, so the module itself stays in its own chunk).
 */
type AdviceApi = Pick<typeof import('../advice/index.js'), 'adviseRecipient' | 'summarize' | 'guide' | 'quotaAdvice'>;

let api: AdviceApi | null = null;
let loading: Promise<void> | null = null;
let failed = false;

/** Loads the advice module (a separate chunk). Safe to call often; resolves when the advice is usable. */
export function loadAdvice(): Promise<void> {
  loading ??= import('../advice/index.js').then(
    (m) => { api = m; },
    (e: unknown) => { loading = null; failed = true; throw e; },
  );
  return loading;
}

export function adviceReady(): boolean {
  return api !== null;
}

/** True after a failed load: views then render with their plain fallbacks instead of waiting. */
export function adviceFailed(): boolean {
  return failed && api === null;
}

/** For a bundle that must not split (e.g. a single-file script): hand over a statically imported module. */
export function useAdviceModule(m: AdviceApi): void {
  api = m;
}

function str(v: unknown, fallback = ''): string {
  return typeof v === 'string' ? v : fallback;
}
function strs(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.length > 0) : [];
}
function links(v: unknown): { label: string; url: string }[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((l) => (l && typeof l === 'object' && typeof l.label === 'string' && typeof l.url === 'string' ? [{ label: l.label, url: l.url }] : []));
}

const STOPS: ReadonlySet<string> = new Set(['sender', 'sender-server', 'recipient-server', 'recipient-mailbox', 'unknown']);

export function adviceFor(d: Diagnosis, r: RecipientDiagnosis, locale: Locale, config: OrgConfig): Advice {
  let a: Partial<Advice>;
  try {
    a = api?.adviseRecipient?.(d, r, locale, config) ?? {};
  } catch {
    a = {};
  }
  const ui = uiStrings(locale);
  const actor = a.actor ?? 'sender';
  return {
    reason: a.reason ?? r.reason,
    detail: a.detail ?? r.detail ?? null,
    title: str(a.title, r.reason),
    cause: str(a.cause),
    actor,
    actorLabel: str(a.actorLabel, actor),
    temporary: typeof a.temporary === 'boolean' ? a.temporary : r.temporary,
    steps: strs(a.steps),
    tell: a.tell && typeof a.tell === 'object' && Array.isArray(a.tell.facts)
      ? { who: str(a.tell.who, ui.appName), facts: a.tell.facts.filter((f) => f && typeof f.label === 'string' && typeof f.value === 'string') }
      : null,
    // The server's words always come from the diagnosis when the catalog did not pass them through.
    serverWords: str(a.serverWords, r.diagnostic ?? ''),
    stoppedAt: (a.stoppedAt && STOPS.has(a.stoppedAt) ? a.stoppedAt : 'unknown') as StopPoint,
    links: links(a.links),
  };
}

export function headlineFor(d: Diagnosis, locale: Locale, config: OrgConfig): { headline: string; banner: string } {
  try {
    const s = api?.summarize?.(d, locale, config);
    if (s && typeof s.headline === 'string' && s.headline) return { headline: s.headline, banner: str(s.banner, s.headline) };
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
  let g: unknown;
  try {
    g = api?.guide?.(locale, config) ?? null;
  } catch {
    g = null;
  }
  const o = (g && typeof g === 'object' ? g : {}) as Record<string, unknown>;
  const toItems = (raw: unknown): GuideItem[] => (Array.isArray(raw) ? raw : []).flatMap((it: unknown, i: number) => {
    if (!it || typeof it !== 'object') return [];
    const x = it as Record<string, unknown>;
    const title = str(x.title);
    if (!title) return [];
    return [{
      id: str(x.id, `item-${i}`),
      title,
      body: str(x.body, str(x.cause, str(x.summary))),
      steps: strs(x.steps),
      links: links(x.links),
    }];
  });
  const sections: GuideSectionView[] = Array.isArray(o.sections)
    ? o.sections.flatMap((sec: unknown, i: number) => {
      if (!sec || typeof sec !== 'object') return [];
      const x = sec as Record<string, unknown>;
      const items = toItems(x.items);
      return items.length ? [{ id: str(x.id, `section-${i}`), title: str(x.title), items }] : [];
    })
    : [];
  if (sections.length === 0) {
    const items = toItems(Array.isArray(o.items) ? o.items : Array.isArray(g) ? g : []);
    if (items.length) sections.push({ id: 'all', title: '', items });
  }
  return { title: str(o.title, ui.guideHeading), intro: str(o.intro, ui.guideIntro), sections };
}

export function quotaFor(level: QuotaLevel, usage: QuotaUsage | null, locale: Locale, config: OrgConfig): QuotaView {
  let q: unknown;
  try {
    q = api?.quotaAdvice?.(level, usage, locale, config) ?? null;
  } catch {
    q = null;
  }
  const o = (q && typeof q === 'object' ? q : {}) as Record<string, unknown>;
  return { title: str(o.title), text: str(o.text, str(o.cause, str(o.body))), steps: strs(o.steps), links: links(o.links) };
}
