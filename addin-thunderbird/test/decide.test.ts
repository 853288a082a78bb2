import { describe, expect, it } from 'vitest';
import { badgeFor, bannerFor } from '../src/background/decide.js';
import * as decideModule from '../src/background/decide.js';
import { AnalysisCache } from '../src/background/analyze.js';
import { DEFAULT_CONFIG } from '../src/core.js';
import { FakeMessenger } from './fake-messenger.js';
import { DELAYED, ORDINARY, UNKNOWN_USER } from './fixtures.js';

async function analyse(raw: string) {
  const fake = new FakeMessenger();
  fake.raws.set(1, raw);
  return (await new AnalysisCache(fake.api()).get(1)).diagnosis;
}

describe('banner and badge for a displayed message', () => {
  it('a failure: red badge and a line naming the recipient', async () => {
    const d = await analyse(UNKNOWN_USER);
    expect(d?.kind).toBe('failed');
    expect(badgeFor(d)).toEqual({ text: '!', color: '#c5221f' });
    const b = bannerFor(d, 'en', DEFAULT_CONFIG);
    expect(b?.tone).toBe('failed');
    expect(b?.recipients).toEqual(['no.such.person@recipient.example']);
    expect(b?.text).toMatch(/no\.such\.person/);
  });

  it('a delay: "still trying", never failure', async () => {
    const d = await analyse(DELAYED);
    expect(d?.kind).toBe('delayed');
    expect(badgeFor(d)?.text).toBe('…');
    const b = bannerFor(d, 'en', DEFAULT_CONFIG);
    expect(b?.tone).toBe('delayed');
    expect(b?.text.toLowerCase()).not.toMatch(/could not be delivered|not delivered|failed/);
  });

  it('an ordinary message: no banner, no badge', async () => {
    const d = await analyse(ORDINARY);
    expect(bannerFor(d, 'en', DEFAULT_CONFIG)).toBeNull();
    expect(badgeFor(d)).toBeNull();
    expect(bannerFor(null, 'ja', DEFAULT_CONFIG)).toBeNull();
  });

  it('speaks Japanese when asked', async () => {
    const d = await analyse(UNKNOWN_USER);
    expect(bannerFor(d, 'ja', DEFAULT_CONFIG)?.text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});

describe('AnalysisCache', () => {
  it('parses once per message and retries after a read error', async () => {
    const fake = new FakeMessenger();
    fake.raws.set(1, UNKNOWN_USER);
    const c = new AnalysisCache(fake.api());
    const [a, b] = await Promise.all([c.get(1), c.get(1)]);
    expect(a).toBe(b);
    expect(fake.rawCalls).toBe(1);
    const missing = await c.get(2);
    expect(missing.diagnosis).toBeNull();
    expect(missing.error).toMatch(/not found/);
    fake.raws.set(2, ORDINARY);
    expect((await c.get(2)).error).toBeNull();
  });

  it('evicts the oldest entries beyond its size', async () => {
    const fake = new FakeMessenger();
    for (let i = 1; i <= 3; i++) fake.raws.set(i, ORDINARY);
    const c = new AnalysisCache(fake.api(), 2);
    await c.get(1); await c.get(2); await c.get(3); await c.get(1);
    expect(fake.rawCalls).toBe(4);
  });
});

describe('looksLikeBounce (read-ahead hint on new mail)', () => {
  it('spots the usual senders and subjects, in English and Japanese', () => {
    const { looksLikeBounce } = decideModule;
    expect(looksLikeBounce('Mail Delivery System <MAILER-DAEMON@mx.example>', 'Undelivered Mail Returned to Sender')).toBe(true);
    expect(looksLikeBounce('postmaster@example.jp', 'x')).toBe(true);
    expect(looksLikeBounce('system@example.jp', '配信エラーのお知らせ')).toBe(true);
    expect(looksLikeBounce('friend@example.jp', 'Lunch on Friday?')).toBe(false);
    expect(looksLikeBounce(undefined, null)).toBe(false);
  });
});
