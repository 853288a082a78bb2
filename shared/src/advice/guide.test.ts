import { describe, expect, it } from 'vitest';
import { guide } from './index.js';
import { CONFIG_URLS, EMPTY_CONFIG, FULL_CONFIG, JAPANESE } from './test-helpers.js';

describe('guide', () => {
  it.each(['ja', 'en'] as const)('renders every item fully with an empty config (%s)', (locale) => {
    const g = guide(locale, EMPTY_CONFIG);
    expect(g.sections.length).toBeGreaterThanOrEqual(6);
    expect(g.items.length).toBe(g.sections.reduce((n, s) => n + s.items.length, 0));
    for (const it of g.items) {
      for (const s of [it.title, it.body, ...it.steps]) {
        expect(s).not.toMatch(/\{[A-Za-z]+\}|\bundefined\b|\bnull\b/);
        if (locale === 'ja') expect(s).toMatch(JAPANESE);
      }
      expect(it.steps.length).toBeGreaterThan(0);
      expect(it.links).toEqual([]);
    }
  });

  it('fills the ISP values from the config', () => {
    const g = guide('en', FULL_CONFIG);
    const full = g.items.find((i) => i.id === 'own-mailbox-full')!;
    expect(full.body).toContain('200 MB');
    expect(full.steps.join('\n')).toContain('1 GB (free of charge)');
    expect(full.steps.join('\n')).toContain('https://isp.example/quota');
    expect(full.links.map((l) => l.url)).toEqual(['https://isp.example/settings', 'https://webmail.isp.example/', 'https://isp.example/quota', 'https://isp.example/help']);
    for (const l of g.items.flatMap((i) => i.links)) expect(CONFIG_URLS).toContain(l.url);
    const ja = guide('ja', FULL_CONFIG).items.find((i) => i.id === 'own-mailbox-full')!;
    expect(ja.body).toContain('200MB');
    expect(ja.steps.join('\n')).toContain('1GBに増やしてください（無料）');
  });

  it('claims port-25 blocking or abroad restrictions only when the config says so', () => {
    const withFlags = guide('en', FULL_CONFIG).items;
    expect(withFlags.find((i) => i.id === 'port25-blocked')!.body).toMatch(/^Example ISP blocks/);
    expect(withFlags.find((i) => i.id === 'smtp-auth-abroad')!.body).toContain('Example ISP restricts');
    const named = guide('ja', { ...EMPTY_CONFIG, providerName: 'KCN' }).items;
    expect(named.find((i) => i.id === 'port25-blocked')!.body).not.toContain('KCN');
    expect(named.find((i) => i.id === 'smtp-auth-abroad')!.body).toMatch(/^アカウントを守るため/);
  });

  it('says nothing specific when the admin left the values out', () => {
    const full = guide('en', EMPTY_CONFIG).items.find((i) => i.id === 'own-mailbox-full')!;
    expect([full.body, ...full.steps].join(' ')).not.toMatch(/\d+ ?(MB|GB)|free of charge|https:/);
  });
});
