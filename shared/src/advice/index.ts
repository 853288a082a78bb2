// Advice: cause and fix per reason, detail and audience, in Japanese and English, filled with the org
// config's values. Pure data + templates; every view renders what these functions return.
export type { Advice, AdviceJson, AdviceFact, StopPoint } from './types.js';
export { adviseRecipient, adviceJson, entryFor, isStillTrying } from './advise.js';
export { summarize, shortenAddress, BANNER_MAX, type Summary } from './summary.js';
export { guide, type Guide, type GuideSection, type GuideItem } from './guide.js';
export { quotaAdvice, type QuotaAdvice, type QuotaAdviceLevel, type QuotaReading } from './quota.js';
export { precheckText, PRECHECK_CODES, type PrecheckCode, type PrecheckParams, type PrecheckText } from './precheck.js';
export { catalog, guideCatalog, type Catalog, type Entry, type LinkKey } from './catalog.js';
export { render, renderList, placeholders, type Variants } from './template.js';
export { formatSize, helpdeskText } from './vars.js';
