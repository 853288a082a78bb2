// Mailbox quota: levels from used/limit and once-per-crossing notification state. Pure.
export {
  DEFAULT_THRESHOLDS,
  LEVEL_RANK,
  normalizeThresholds,
  quotaLevel,
  quotaUsage,
  worstLevel,
  type QuotaLevel,
  type QuotaThresholds,
  type QuotaUsage,
} from './levels.js';
export { INITIAL_NOTIFY_STATE, nextNotifyState, type NotifyDecision, type NotifyState } from './notify.js';
