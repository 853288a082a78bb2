// Outgoing mail checks: recipient syntax, size against the configured limit, carrier domains. Pure.
export { precheck, MAX_RECIPIENTS } from './precheck.js';
export { checkAddress, extractAddress, domainOf, MAX_ADDRESS_INPUT } from './address.js';
export { CARRIER_DOMAINS, carrierOf } from './carriers.js';
export { base64Size, estimateMessageSize, MIME_OVERHEAD_BYTES, PART_OVERHEAD_BYTES } from './size.js';
export type { PrecheckCode, PrecheckInput, PrecheckOptions, PrecheckWarning } from './types.js';
