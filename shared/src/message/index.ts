export { parseMessage, parseMessageSync, header, headersAll, looksLikeHeaders } from './parse.js';
export { htmlToText } from './html.js';
export { normaliseNewlines, normaliseNewlinesText } from './newlines.js';
export { splitMbox, isMbox } from './mbox.js';
export { DEFAULT_LIMITS, withLimits, type Limits } from './limits.js';
export { MboxSplitter } from './mbox-stream.js';
