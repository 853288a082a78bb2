// The Japanese advice catalog and guide, one chunk for the pane (loaded when the pane shows Japanese).
import type { Catalog, CatalogPack, GuideCatalog } from './catalog-store.js';
import cat from './ja.json';
import guide from './guide.ja.json';

const pack: CatalogPack = { catalog: cat as unknown as Catalog, guide: guide as unknown as GuideCatalog };
export default pack;
