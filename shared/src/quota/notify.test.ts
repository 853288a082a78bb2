import { describe, expect, it } from 'vitest';
import { INITIAL_NOTIFY_STATE, nextNotifyState, type NotifyState, type QuotaLevel } from './index.js';

/** Feed a sequence of readings and return which of them notified. */
function run(levels: QuotaLevel[], start: NotifyState = INITIAL_NOTIFY_STATE): boolean[] {
  let state: NotifyState = start;
  return levels.map((l) => {
    const d = nextNotifyState(state, l);
    state = d.state;
    return d.notify;
  });
}

describe('nextNotifyState', () => {
  it('notifies once per crossing, not on every reading', () => {
    expect(run(['ok', 'warn', 'warn', 'warn'])).toEqual([false, true, false, false]);
  });

  it('notifies again when it gets worse', () => {
    expect(run(['warn', 'critical', 'critical', 'full', 'full'])).toEqual([true, true, false, true, false]);
  });

  it('jumps straight to the worst level with one notification', () => {
    expect(run(['ok', 'full', 'critical', 'full'])).toEqual([false, true, false, true]);
  });

  it('re-arms after going back to ok', () => {
    expect(run(['warn', 'ok', 'warn'])).toEqual([true, false, true]);
  });

  it('ignores unknown readings (server not asked yet, outage)', () => {
    expect(run(['warn', 'unknown', 'warn', 'unknown', 'critical'])).toEqual([true, false, false, false, true]);
    expect(nextNotifyState({ notified: 'critical' }, 'unknown').state).toEqual({ notified: 'critical' });
  });

  it('survives a corrupt stored state', () => {
    const bad = { notified: 'purple' } as unknown as NotifyState;
    expect(nextNotifyState(bad, 'warn')).toEqual({ notify: true, state: { notified: 'warn' } });
    expect(nextNotifyState(undefined, 'critical').notify).toBe(true);
  });
});
