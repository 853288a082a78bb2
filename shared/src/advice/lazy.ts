// What the pane loads as the advice chunk: the advice functions without any catalog. The pane adds
// the language it shows (pack-ja.ts / pack-en.ts) with registerCatalog; see ui/advice-bridge.ts.
export { adviseRecipient } from './advise.js';
export { summarize } from './summary.js';
export { guide } from './guide.js';
export { quotaAdvice } from './quota.js';
export { registerCatalog, hasCatalog } from './catalog-store.js';
