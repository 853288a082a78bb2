export { classify, matchPhrase } from './classify.js';
export { REASON_ORDER } from './order.js';
export { reasonForStatus, GENERIC_STATUSES } from './status-table.js';
export type { ReasonRule } from './rule.js';
