// The shared view both shells render (DOM only, no framework). Styles: import '@bounce-doctor/core/ui/pane.css'.
export { createPane, renderPane, type PaneController, type PaneHandlers, type PaneOptions } from './pane.js';
export { renderBanner, bannerForDiagnosis, bannerForQuota, bannerText, BANNER_MAX, type BannerContent, type BannerTone } from './banner.js';
export { configNoticeView, guideView, quotaView, recipientDetail, recipientList, originalView, linkList } from './views.js';
export { pathView, pathDescription, actingSide } from './path-view.js';
export { helpdeskText } from './helpdesk.js';
export { copyText } from './clipboard.js';
export { detectLocale, formatBytes, formatDate, formatPercent, safeHref, listedRecipients } from './format.js';
export {
  initialState, withDiagnosis, withLocale, withView, withQuota, withSelected, withConfig,
  moveSelection, type PaneState, type PaneView, type QuotaInput,
} from './state.js';
export { loadAdvice, adviceReady, useAdviceModule, adviceFor, headlineFor, guideFor, quotaFor, type GuideView, type GuideItem, type QuotaLevel, type QuotaUsage, type QuotaView } from './advice-bridge.js';
export { UI_EN, UI_JA, UI_STRINGS, uiStrings, fill, type UiKey, type UiStrings } from './strings.js';
// .msg conversion (msg.ts) is reached through readFile/readBytes only, so it stays a lazy chunk.
export { readFile, readBytes, pastedInput, isCompoundFile, MAX_DROP_BYTES, type ReadResult } from './file-input.js';
