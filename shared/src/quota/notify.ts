// Once-per-crossing notification state. The user hears about a level once when it is first
// reached, again only when it gets worse, and again after it has gone down and come back.
import { LEVEL_RANK, type QuotaLevel } from './levels.js';

export interface NotifyState {
  /** The level the user was last told about ('ok' = nothing outstanding). */
  notified: QuotaLevel;
}

export const INITIAL_NOTIFY_STATE: Readonly<NotifyState> = Object.freeze({ notified: 'ok' });

export interface NotifyDecision {
  /** True when this reading should raise a notification (banner, badge colour, desktop notice). */
  notify: boolean;
  state: NotifyState;
}

const isLevel = (v: unknown): v is QuotaLevel => typeof v === 'string' && Object.prototype.hasOwnProperty.call(LEVEL_RANK, v);

/**
 * Decide whether the new reading deserves a notification.
 * - 'unknown' readings (server did not answer yet, POP, ...) change nothing: an outage of the
 *   quota information must not re-arm or swallow a notification.
 * - A level at or below 'ok' re-arms: the next crossing notifies again.
 * - A level worse than the one already notified notifies.
 * - A level that improved but is still above 'ok' lowers the mark, so climbing back notifies.
 */
export function nextNotifyState(prev: NotifyState | null | undefined, level: QuotaLevel): NotifyDecision {
  const before: QuotaLevel = prev && isLevel(prev.notified) ? prev.notified : 'ok';
  if (!isLevel(level) || level === 'unknown') return { notify: false, state: { notified: before } };
  if (LEVEL_RANK[level] <= LEVEL_RANK.ok) return { notify: false, state: { notified: 'ok' } };
  if (LEVEL_RANK[level] > LEVEL_RANK[before]) return { notify: true, state: { notified: level } };
  return { notify: false, state: { notified: level } };
}
