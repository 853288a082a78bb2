import { describe, expect, it } from 'vitest';
import { quotaAdvice } from './index.js';
import { EMPTY_CONFIG, FULL_CONFIG, JAPANESE } from './test-helpers.js';

const LEVELS = ['ok', 'warn', 'critical', 'full', 'unknown'] as const;

describe('quotaAdvice', () => {
  it.each(LEVELS)('gives a complete text for %s in both languages and configs', (level) => {
    for (const locale of ['ja', 'en'] as const) {
      for (const config of [FULL_CONFIG, EMPTY_CONFIG]) {
        const q = quotaAdvice(level, { used: 90, limit: 100 }, locale, config);
        expect(q.level).toBe(level);
        for (const s of [q.title, q.text, ...q.steps]) {
          expect(s.trim()).not.toBe('');
          expect(s).not.toMatch(/\{[A-Za-z]+\}|\bundefined\b|\bnull\b|NaN/);
          if (locale === 'ja') expect(s).toMatch(JAPANESE);
        }
      }
    }
  });

  it('explains that mail will bounce and lists the fixes', () => {
    const q = quotaAdvice('critical', { used: 97, limit: 100 }, 'en', FULL_CONFIG);
    expect(q.title).toContain('97%');
    expect(q.text).toMatch(/bounce/);
    const steps = q.steps.join('\n');
    expect(steps).toMatch(/Trash and Junk/);
    expect(steps).toMatch(/leaves a copy/);
    expect(steps).toMatch(/IMAP/);
    expect(steps).toContain('200 MB and can be raised to 1 GB (free of charge): https://isp.example/quota');
    expect(q.links.map((l) => l.url)).toContain('https://isp.example/quota');
    expect(q.percent).toBe(97);
  });

  it('names no size or price when the config has none', () => {
    const q = quotaAdvice('full', null, 'ja', EMPTY_CONFIG);
    expect(q.steps.join('')).not.toMatch(/\d+(MB|GB)|無料|https:/);
    expect(q.title).toBe('メールボックスがいっぱいです');
    expect(q.percent).toBeNull();
  });

  it('reads an unknown level as unknown and a bad reading as no percent', () => {
    expect(quotaAdvice('bogus', { used: -1, limit: 0 }, 'en', null).level).toBe('unknown');
    expect(quotaAdvice('warn', { used: Number.NaN, limit: 10 }, 'en', null).title).toBe('Your mailbox is filling up');
  });
});
