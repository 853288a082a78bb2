// The shape of the advice catalogs (ja.json, en.json, guide.*.json) and access to them by locale.
// The catalogs are registered here rather than imported: catalog.ts registers both languages for
// synchronous callers (CLI, tests, send checks), while the pane loads only the language it shows
// (pack-ja.ts / pack-en.ts, each its own chunk) and the other one on a switch.
import type { Actor, Locale } from '../types.js';
import type { StopPoint } from './types.js';
import type { Variants } from './template.js';

/** Config-backed links an entry may show; the URL always comes from the org config. */
export type LinkKey = 'webmail' | 'settings' | 'helpdesk' | 'quotaUpgrade' | 'smtpAuthAbroad' | 'spamFilter' | 'otherNetworkGuide';
export type TellWho = 'recipient' | 'helpdesk' | 'recipient-admin';

export interface Entry {
  /** A few words for banners and lists ("address does not exist"). */
  short: string;
  title: Variants;
  cause: Variants;
  actor: Actor;
  temporary: boolean;
  stoppedAt: StopPoint;
  steps: Variants[];
  tell: { who: TellWho; say: Variants } | null;
  /** The part for mail administrators, kept apart from the user's steps. */
  admin?: Variants[];
  links?: LinkKey[];
  /** Public reference pages for administrators, written into the catalog (https only, checked by a test). */
  refs?: { label: string; url: string }[];
}

export interface GuideEntry {
  id: string;
  title: Variants;
  cause: Variants;
  steps: Variants[];
  links?: LinkKey[];
}

export interface GuideSectionData {
  id: string;
  title: string;
  items: GuideEntry[];
}

export interface GuideCatalog {
  title: string;
  intro: string;
  sections: GuideSectionData[];
}

export interface QuotaEntry {
  title: Variants;
  text: Variants;
  steps: Variants[];
}

export interface PrecheckEntry {
  title: Variants;
  message: Variants;
}

export interface Catalog {
  locale: Locale;
  actors: Record<Actor, Variants>;
  tellWho: Record<TellWho, Variants>;
  facts: Record<string, string>;
  words: Record<string, string>;
  delayed: { short: string; title: Variants; cause: Variants; reasonLead: string; steps: Variants[] };
  links: Record<LinkKey, string>;
  reasons: Record<string, Entry>;
  details: Record<string, Entry>;
  summary: Record<string, Variants>;
  quota: { common: Variants[]; levels: Record<string, QuotaEntry> };
  precheck: Record<string, PrecheckEntry>;
}

/** One language's advice: the catalog and its guide. */
export interface CatalogPack {
  catalog: Catalog;
  guide: GuideCatalog;
}

const PACKS: Partial<Record<Locale, CatalogPack>> = {};

export function registerCatalog(locale: Locale, pack: CatalogPack): void {
  PACKS[locale] = pack;
}

export function hasCatalog(locale: Locale | string): boolean {
  return PACKS[locale === 'ja' ? 'ja' : 'en'] !== undefined;
}

/** The locale's pack; any unknown locale reads English, the language most mail errors are written in. */
function pack(locale: Locale | string): CatalogPack {
  const p = PACKS[locale === 'ja' ? 'ja' : 'en'];
  // Unreachable through index.ts (both registered); a lazy caller checks hasCatalog first.
  if (!p) throw new Error(`advice catalog "${String(locale)}" is not loaded`);
  return p;
}

export function catalog(locale: Locale | string): Catalog {
  return pack(locale).catalog;
}

export function guideCatalog(locale: Locale | string): GuideCatalog {
  return pack(locale).guide;
}
