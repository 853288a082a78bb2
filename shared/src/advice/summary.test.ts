import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { REASONS } from '../types.js';
import { BANNER_MAX, shortenAddress, summarize } from './index.js';
import { EMPTY_CONFIG, FULL_CONFIG, diagnosis, recipient } from './test-helpers.js';

describe('summarize', () => {
  it('says what happened to whom', () => {
    const d = diagnosis([recipient('userunknown')]);
    expect(summarize(d, 'en', EMPTY_CONFIG).banner).toBe('Not delivered to taro.yamada@example.jp: address does not exist.');
    expect(summarize(d, 'ja', EMPTY_CONFIG).banner).toBe('taro.yamada@example.jpに届きませんでした：アドレスが存在しない。');
  });

  it('counts several failed recipients and mentions the ones still being retried', () => {
    const d = diagnosis([recipient('mailboxfull'), recipient('userunknown', { address: 'b@example.net' }), recipient('expired', { address: 'c@example.org', action: 'delayed' })]);
    const s = summarize(d, 'en', EMPTY_CONFIG);
    expect(s.headline).toContain('2 recipients');
    expect(s.headline).toContain('+1 more');
    expect(s.headline).toContain('Still trying for 1 more');
  });

  it('reads a delay as "still trying"', () => {
    const r = recipient('networkerror', { action: 'delayed', temporary: true });
    const d = diagnosis([r], { kind: 'delayed' });
    expect(summarize(d, 'en', EMPTY_CONFIG).banner).toMatch(/^Still trying to deliver to taro/);
    expect(summarize(d, 'ja', EMPTY_CONFIG).banner).toContain('再送中');
  });

  it('handles non-bounces', () => {
    expect(summarize(diagnosis([], { kind: 'none', bounce: false }), 'en', null).banner).toBe('This message is not a bounce.');
    expect(summarize(diagnosis([recipient('vacation')], { kind: 'vacation' }), 'en', null).banner).toContain('Automatic reply');
    expect(summarize(diagnosis([recipient('feedback')], { kind: 'feedback' }), 'ja', null).banner).toContain('苦情');
    expect(summarize(diagnosis([recipient('delivered')], { kind: 'delivered' }), 'en', null).banner).toContain('Delivered to');
    expect(summarize(diagnosis([], { kind: 'none', unreadable: 'bad' }), 'ja', null).banner).toContain('読み取れません');
  });

  it(`keeps the banner within ${BANNER_MAX} characters for long inputs`, () => {
    const long = 'a'.repeat(200) + '@' + 'very-long-subdomain.'.repeat(10) + 'example.jp';
    for (const locale of ['ja', 'en'] as const) {
      const many = Array.from({ length: 30 }, (_, i) => recipient(REASONS[i % REASONS.length]!, { address: `${i}${long}` }));
      const s = summarize(diagnosis(many), locale, FULL_CONFIG);
      expect(s.banner.length).toBeLessThanOrEqual(BANNER_MAX);
      expect(s.banner).toContain('…');
    }
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...REASONS), fc.string({ maxLength: 400 }), fc.constantFrom('failed', 'delayed')), { minLength: 0, maxLength: 12 }), fc.constantFrom<'ja' | 'en'>('ja', 'en'), (rs, locale) => {
        const d = diagnosis(rs.map(([reason, address, action]) => recipient(reason, { address, action: action as 'failed' | 'delayed' })));
        const s = summarize(d, locale, EMPTY_CONFIG);
        expect(s.banner.length).toBeLessThanOrEqual(BANNER_MAX);
        expect(s.banner.trim().length).toBeGreaterThan(0);
        expect(s.banner).not.toMatch(/[\r\n\u2028\u2029]/);
        expect(s.headline.trim().length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('stays on one line whatever the address holds', () => {
    const d = diagnosis([recipient('userunknown', { address: 'evil\r\nInjected: line\u2028@example.jp' })]);
    expect(summarize(d, 'en', null).banner).toBe('Not delivered to evil Injected: line @example.jp: address does not exist.');
  });

  it('shortens an address in the middle, keeping both ends', () => {
    const s = shortenAddress('abcdefghijklmnopqrstuvwxyz@example.com', 20);
    expect(s.length).toBe(20);
    expect(s.startsWith('abcdefghi')).toBe(true);
    expect(s.endsWith('example.com')).toBe(false);
    expect(s.endsWith('le.com')).toBe(true);
  });
});
