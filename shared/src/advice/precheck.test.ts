import { describe, expect, it } from 'vitest';
import { PRECHECK_CODES, precheckText } from './index.js';
import { JAPANESE } from './test-helpers.js';

describe('precheckText', () => {
  it.each(PRECHECK_CODES)('%s has a title and message with and without parameters', (code) => {
    for (const locale of ['ja', 'en'] as const) {
      for (const params of [{}, { address: 'a..b@example.jp', sizeMb: 25.4, limitMb: 20, carrier: 'docomo' }]) {
        const t = precheckText(code, params, locale);
        expect(t.code).toBe(code);
        for (const s of [t.title, t.message]) {
          expect(s.trim()).not.toBe('');
          expect(s).not.toMatch(/\{[A-Za-z]+\}|\bundefined\b|\bnull\b/);
          if (locale === 'ja') expect(s).toMatch(JAPANESE);
        }
      }
    }
  });

  it('puts the sizes into the size warning', () => {
    const t = precheckText('size-over-limit', { sizeMb: 25.4, limitMb: 20 }, 'en');
    expect(t.title).toBe('This message is 25.4 MB, over the 20 MB limit');
    expect(precheckText('size-over-limit', { sizeMb: 25.4 }, 'ja').title).toBe('このメールは送信できる大きさを超えています');
  });

  it('falls back to the generic address text for an unknown code', () => {
    expect(precheckText('nope', null, 'en').message).toContain('name@domain');
  });
});
