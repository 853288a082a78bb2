// Both languages' catalogs, registered for synchronous use (CLI, tests, the Outlook send checks).
// The pane does not import this file: it loads one language's pack at a time (see catalog-store.ts).
import { registerCatalog } from './catalog-store.js';
import ja from './pack-ja.js';
import en from './pack-en.js';

registerCatalog('ja', ja);
registerCatalog('en', en);

export { catalog, guideCatalog, hasCatalog } from './catalog-store.js';
export type { Catalog, CatalogPack, Entry, GuideCatalog, GuideEntry, GuideSectionData, LinkKey, PrecheckEntry, QuotaEntry, TellWho } from './catalog-store.js';
