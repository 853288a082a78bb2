// The shape of the advice catalogs (ja.json, en.json, guide.*.json) and access to them by locale.
import type { Actor, Locale } from '../types.js';
import type { StopPoint } from './types.js';
import type { Variants } from './template.js';
import ja from './ja.json';
import en from './en.json';
import guideJa from './guide.ja.json';
import guideEn from './guide.en.json';

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

const CATALOGS: Record<Locale, Catalog> = { ja: ja as unknown as Catalog, en: en as unknown as Catalog };
const GUIDES: Record<Locale, GuideCatalog> = { ja: guideJa as unknown as GuideCatalog, en: guideEn as unknown as GuideCatalog };

/** Any unknown locale reads English, the catalog most mail errors are written in. */
export function catalog(locale: Locale | string): Catalog {
  return locale === 'ja' ? CATALOGS.ja : CATALOGS.en;
}

export function guideCatalog(locale: Locale | string): GuideCatalog {
  return locale === 'ja' ? GUIDES.ja : GUIDES.en;
}
