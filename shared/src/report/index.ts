export { findReport, findReportSync } from './find.js';
export { readDeliveryStatus, normaliseAction } from './rfc3464.js';
export { parseFieldBlocks, typedValue } from './fields.js';
export { findOriginal, originalFromHeaderText } from './original.js';
export { readText, errorSection } from './text-reader.js';
export { senderLooksLikeMta, subjectLooksLikeBounce, isReportContentType } from './bounce-signs.js';
