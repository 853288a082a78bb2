// The English advice catalog and guide, one chunk for the pane (loaded when the pane shows English).
import type { Catalog, CatalogPack, GuideCatalog } from './catalog-store.js';
import cat from './en.json';
import guide from './guide.en.json';

const pack: CatalogPack = { catalog: cat as unknown as Catalog, guide: guide as unknown as GuideCatalog };
export default pack;
