// The values templates may name: the org config's (formatted for reading) and the recipient's.
// A value the admin left out is simply absent, so templates fall through to a general variant.
import type { OrgConfig } from '../config/index.js';
import type { Locale } from '../types.js';
import type { Catalog, LinkKey } from './catalog-store.js';
import { render, type Vars } from './template.js';

export function formatSize(mb: number | null | undefined, locale: Locale): string | null {
  if (typeof mb !== 'number' || !Number.isFinite(mb) || mb <= 0) return null;
  const n = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1).replace(/\.0$/, ''));
  // Providers say "1 GB (1000 MB)"; show GB only for whole thousands so the figure stays exact.
  if (mb >= 1000 && mb % 1000 === 0) return `${n(mb / 1000)}${locale === 'ja' ? 'GB' : ' GB'}`;
  return `${n(mb)}${locale === 'ja' ? 'MB' : ' MB'}`;
}

/** "KCN Support (phone 0120-000-000, 24 hours)" from whatever helpdesk fields exist, or null. */
export function helpdeskText(c: OrgConfig, cat: Catalog): string | null {
  if (!c.helpdeskName && !c.helpdeskPhone && !c.helpdeskEmail && !c.helpdeskUrl) return null;
  const w = cat.words;
  const name = c.helpdeskName
    ?? render([w.providerSupport ?? null, w.helpdeskDefaultName ?? null], { providerName: c.providerName })
    ?? '';
  const extras = [
    c.helpdeskPhone ? render(w.phone ?? '{value}', { value: c.helpdeskPhone }) : null,
    c.helpdeskEmail,
    c.helpdeskHours,
  ].filter((x): x is string => !!x);
  if (!extras.length) return name;
  return render(w.helpdeskFormat ?? '{name} ({extras})', { name, extras: extras.join(w.listSeparator ?? ', ') });
}

export function configVars(c: OrgConfig, locale: Locale, cat: Catalog): Record<string, string | null> {
  return {
    providerName: c.providerName,
    maxMessageSize: formatSize(c.maxMessageSizeMb, locale),
    quotaSize: formatSize(c.quotaMb, locale),
    quotaUpgradeSize: formatSize(c.quotaUpgradeMb, locale),
    // Only says "free" when the admin said so; otherwise the sentence names no price.
    quotaUpgradeFree: c.quotaUpgradeFree === true ? (cat.words.free ?? null) : null,
    quotaWarnPercent: String(c.quotaWarnPercent),
    quotaCriticalPercent: String(c.quotaCriticalPercent),
    helpdesk: helpdeskText(c, cat),
    helpdeskPhone: c.helpdeskPhone,
    helpdeskHours: c.helpdeskHours,
    webmailUrl: c.webmailUrl,
    settingsUrl: c.settingsUrl,
    helpdeskUrl: c.helpdeskUrl,
    quotaUpgradeUrl: c.quotaUpgradeUrl,
    spamFilterName: c.spamFilterName,
    spamFilterUrl: c.spamFilterUrl,
    smtpAuthAbroadUrl: c.smtpAuthAbroadUrl,
    otherNetworkGuideUrl: c.otherNetworkGuideUrl,
    submissionPort: String(c.submissionPort),
    // Flags become words only when set, so "your provider blocks port 25" is never guessed.
    port25Blocked: c.port25Blocked === true ? 'yes' : null,
    smtpAuthAbroadRestricted: c.smtpAuthAbroadRestricted === true ? 'yes' : null,
  };
}

const LINK_FIELD: Record<LinkKey, keyof OrgConfig> = {
  webmail: 'webmailUrl',
  settings: 'settingsUrl',
  helpdesk: 'helpdeskUrl',
  quotaUpgrade: 'quotaUpgradeUrl',
  smtpAuthAbroad: 'smtpAuthAbroadUrl',
  spamFilter: 'spamFilterUrl',
  otherNetworkGuide: 'otherNetworkGuideUrl',
};

/** Links for the given keys, from the org config only; absent URLs are skipped, duplicates dropped. */
export function linksFor(keys: readonly LinkKey[], c: OrgConfig, cat: Catalog): { label: string; url: string }[] {
  const out: { label: string; url: string }[] = [];
  const seen = new Set<string>();
  for (const k of keys) {
    const url = c[LINK_FIELD[k]];
    if (typeof url !== 'string' || !url.startsWith('https://') || seen.has(url)) continue;
    seen.add(url);
    out.push({ label: cat.links[k], url });
  }
  return out;
}

export type { Vars };
