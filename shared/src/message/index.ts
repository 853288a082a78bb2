export { parseMessage, header, headersAll, looksLikeHeaders, htmlToText } from './parse.js';
export { normaliseNewlines, normaliseNewlinesText } from './newlines.js';
export { splitMbox, isMbox } from './mbox.js';
export { DEFAULT_LIMITS, withLimits, type Limits } from './limits.js';
