// The "no bounce, but something is wrong" guide: symptom sections, each with causes and fixes,
// filled with the org config's values like the bounce advice.
import { DEFAULT_CONFIG, type OrgConfig } from '../config/index.js';
import type { Locale } from '../types.js';
import { catalog, guideCatalog } from './catalog-store.js';
import { render, renderList } from './template.js';
import { configVars, linksFor } from './vars.js';

export interface GuideItem {
  id: string;
  /** The section this item belongs to. */
  section: string;
  title: string;
  /** Why it happens, in plain words. */
  body: string;
  steps: string[];
  links: { label: string; url: string }[];
}

export interface GuideSection {
  id: string;
  title: string;
  items: GuideItem[];
}

export interface Guide {
  title: string;
  intro: string;
  sections: GuideSection[];
  /** The same items, flat, in section order (for simple list views). */
  items: GuideItem[];
}

export function guide(locale: Locale, config?: OrgConfig | null): Guide {
  const cfg = config ?? DEFAULT_CONFIG;
  const cat = catalog(locale);
  const g = guideCatalog(locale);
  const vars = configVars(cfg, locale, cat);
  const sections: GuideSection[] = g.sections.map((s) => ({
    id: s.id,
    title: s.title,
    items: s.items.flatMap((it) => {
      const title = render(it.title, vars);
      const body = render(it.cause, vars);
      // An item whose text needs a config value the admin did not give is left out entirely.
      if (!title || !body) return [];
      return [{ id: it.id, section: s.id, title, body, steps: renderList(it.steps, vars), links: linksFor(it.links ?? [], cfg, cat) }];
    }),
  }));
  return { title: g.title, intro: g.intro, sections, items: sections.flatMap((s) => s.items) };
}
