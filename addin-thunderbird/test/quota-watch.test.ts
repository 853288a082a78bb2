import { describe, expect, it } from 'vitest';
import { FakeMessenger, imapAccount, storage } from './fake-messenger.js';
import {
  EMPTY_MEMORY, dismissAlert, evaluateQuotas, quotaBadge, quotaBannerView, readQuotas, summarizeEntries, thresholdsOf,
  type AccountQuota, type QuotaMemory,
} from '../src/background/quota-watch.js';
import { DEFAULT_CONFIG } from '../src/core.js';

const th = thresholdsOf(DEFAULT_CONFIG);
const MiB = 1024 * 1024;

function reading(accountId: string, percent: number): AccountQuota {
  const used = Math.round((percent / 100) * MiB);
  const s = summarizeEntries(storage(used, MiB), th)!;
  return { accountId, name: `${accountId}@example.test`, type: 'imap', status: 'reported', ...s };
}

describe('readQuotas', () => {
  it('reads IMAP quota and says honestly where there is none', async () => {
    const fake = new FakeMessenger();
    fake.accounts = [
      imapAccount('account1', 'alice@example.test', storage(0.9 * MiB, MiB)),
      imapAccount('account2', 'half@example.test', storage(0.5 * MiB, MiB)),
      imapAccount('account3', 'noquota@example.test'),
      { account: { id: 'account4', name: 'Local Folders', type: 'none', identities: [] } },
      { account: { id: 'account5', name: 'pop@example.test', type: 'pop3', identities: [] } },
      { ...imapAccount('account6', 'broken@example.test'), fail: true },
    ];
    const q = await readQuotas(fake.api(), th);
    expect(q.map((x) => [x.accountId, x.status, x.level])).toEqual([
      ['account1', 'reported', 'warn'],
      ['account2', 'reported', 'ok'],
      ['account3', 'no-quota', 'unknown'],
      ['account4', 'not-imap', 'unknown'],
      ['account5', 'not-imap', 'unknown'],
      ['account6', 'error', 'unknown'],
    ]);
    expect(q[0]?.percent).toBe(90);
  });

  it('takes the worse of STORAGE and MESSAGE quotas but shows the storage numbers', () => {
    const s = summarizeEntries([
      { type: 'STORAGE', used: 10, limit: 100, unused: 90 },
      { type: 'MESSAGE', used: 97, limit: 100, unused: 3 },
    ], th);
    expect(s).toEqual({ used: 10, limit: 100, percent: 10, level: 'critical' });
  });

  it('applies the admin thresholds from the config', async () => {
    const fake = new FakeMessenger();
    fake.accounts = [imapAccount('a', 'a', storage(70, 100))];
    const [q] = await readQuotas(fake.api(), thresholdsOf({ quotaWarnPercent: 60, quotaCriticalPercent: 90 }));
    expect(q?.level).toBe('warn');
  });
});

describe('evaluateQuotas (once per crossing)', () => {
  it('alerts the 90 % account and not the 50 % one', () => {
    const { raised, memory } = evaluateQuotas([reading('a', 90), reading('b', 50)], EMPTY_MEMORY);
    expect(raised.map((r) => r.accountId)).toEqual(['a']);
    expect(Object.keys(memory.alerts)).toEqual(['a']);
  });

  it('does not alert again on the next reading, but does when it gets worse', () => {
    let m: QuotaMemory = EMPTY_MEMORY;
    const seq = [90, 91, 92, 96, 96, 100].map((p) => {
      const r = evaluateQuotas([reading('a', p)], m);
      m = r.memory;
      return r.raised.length;
    });
    expect(seq).toEqual([1, 0, 0, 1, 0, 1]);
    expect(m.alerts.a?.level).toBe('full');
  });

  it('keeps a dismissed alert dismissed until the next crossing', () => {
    let m = evaluateQuotas([reading('a', 85)], EMPTY_MEMORY).memory;
    m = dismissAlert(m, 'a');
    m = evaluateQuotas([reading('a', 86)], m).memory;
    expect(m.alerts.a).toBeUndefined();
    const r = evaluateQuotas([reading('a', 97)], m);
    expect(r.raised).toHaveLength(1);
  });

  it('clears the alert once the user has made room, and re-arms', () => {
    let m = evaluateQuotas([reading('a', 85)], EMPTY_MEMORY).memory;
    m = evaluateQuotas([reading('a', 40)], m).memory;
    expect(m.alerts).toEqual({});
    expect(evaluateQuotas([reading('a', 82)], m).raised).toHaveLength(1);
  });

  it('ignores accounts without a reading', () => {
    const none: AccountQuota = { accountId: 'p', name: 'p', type: 'pop3', status: 'not-imap', used: null, limit: null, percent: null, level: 'unknown' };
    expect(evaluateQuotas([none], EMPTY_MEMORY)).toEqual({ memory: { notify: {}, alerts: {} }, raised: [] });
  });
});

describe('quotaBadge', () => {
  it('shows the fullest account, coloured by level, and nothing below the threshold', () => {
    expect(quotaBadge([reading('a', 50)]).text).toBe('');
    expect(quotaBadge([reading('a', 50), reading('b', 90.4)])).toMatchObject({ text: '90%', color: '#b06000' });
    expect(quotaBadge([reading('a', 96), reading('b', 90)])).toMatchObject({ text: '96%', color: '#c5221f' });
  });
});

describe('quotaBannerView', () => {
  it('names the account and the percent, in the chosen language', () => {
    const alert = { accountId: 'a', name: 'alice@example.test', level: 'warn' as const, percent: 90.7, used: 929, limit: 1024 };
    expect(quotaBannerView(alert, 'en', DEFAULT_CONFIG).text).toContain('alice@example.test');
    expect(quotaBannerView(alert, 'en', DEFAULT_CONFIG).text).toContain('90%');
    expect(quotaBannerView(alert, 'ja', DEFAULT_CONFIG).text).toContain('メールボックス');
  });

  it('uses the advice steps when given, and survives a throwing advice function', () => {
    const alert = { accountId: 'a', name: 'a', level: 'critical' as const, percent: 96, used: 96, limit: 100 };
    expect(quotaBannerView(alert, 'en', DEFAULT_CONFIG, () => ({ steps: ['Empty Trash', 'Call 0120'] })).fix).toBe('Empty Trash / Call 0120');
    expect(quotaBannerView(alert, 'en', DEFAULT_CONFIG, () => { throw new Error('x'); }).fix).toMatch(/Trash/);
  });
});
