import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { DEFAULT_CONFIG, FIELDS, parseConfig } from './index.js';

describe('parseConfig', () => {
  it('gives the defaults for no config at all', () => {
    for (const input of [null, undefined, '', '   ']) expect(parseConfig(input)).toEqual({ config: { ...DEFAULT_CONFIG }, errors: [] });
    expect(DEFAULT_CONFIG.quotaWarnPercent).toBe(80);
    expect(DEFAULT_CONFIG.submissionPort).toBe(587);
    expect(DEFAULT_CONFIG.precheckEnabled).toBe(true);
    expect(DEFAULT_CONFIG.precheckMayBlock).toBe(false);
  });

  it('accepts a complete valid config from text or object', () => {
    const obj = { $schema: './config.schema.json', providerName: 'KCN', maxMessageSizeMb: 20, quotaMb: 200, quotaUpgradeMb: 1000, quotaUpgradeFree: true, helpdeskPhone: '0120-333-000', helpdeskHours: '24時間', webmailUrl: 'https://webmail.example.jp/', language: 'ja', submissionPort: 465 };
    for (const input of [obj, JSON.stringify(obj), '\uFEFF' + JSON.stringify(obj)]) {
      const { config, errors } = parseConfig(input);
      expect(errors).toEqual([]);
      expect(config).toMatchObject({ providerName: 'KCN', maxMessageSizeMb: 20, quotaMb: 200, quotaUpgradeMb: 1000, quotaUpgradeFree: true, language: 'ja', submissionPort: 465, webmailUrl: 'https://webmail.example.jp/' });
    }
  });

  it('names an unknown field, suggests the near one, and still applies the rest', () => {
    const { config, errors } = parseConfig({ providerNmae: 'X', helpdeskPhone: '03-1234-5678', colour: 'red' });
    expect(errors).toEqual(['unknown field "providerNmae" ignored (did you mean "providerName"?)', 'unknown field "colour" ignored']);
    expect(config.helpdeskPhone).toBe('03-1234-5678');
    expect(config.providerName).toBeNull();
  });

  it('names a field of the wrong type and keeps its default', () => {
    const { config, errors } = parseConfig({ maxMessageSizeMb: '20', precheckEnabled: 'yes', providerName: 42, quotaMb: 500, language: 'fr' });
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^field "maxMessageSizeMb" must be a number/);
    expect(errors[1]).toMatch(/^field "precheckEnabled" must be true or false/);
    expect(errors[2]).toMatch(/^field "providerName" must be text/);
    expect(errors[3]).toMatch(/^field "language" must be "ja", "en" or null/);
    expect(config.maxMessageSizeMb).toBeNull();
    expect(config.precheckEnabled).toBe(true);
    expect(config.quotaMb).toBe(500);
  });

  it('accepts https links only', () => {
    const bad = { webmailUrl: 'http://webmail.example.jp/', settingsUrl: 'javascript:alert(1)', helpdeskUrl: '/help', quotaUpgradeUrl: 'https://user:pw@example.jp/', spamFilterUrl: 'ftp://x.example/' };
    const { config, errors } = parseConfig({ ...bad, smtpAuthAbroadUrl: 'https://example.jp/abroad' });
    expect(errors).toHaveLength(5);
    for (const k of Object.keys(bad)) {
      expect(errors.some((e) => e.startsWith(`field "${k}"`)), k).toBe(true);
      expect(config[k as keyof typeof config]).toBeNull();
    }
    expect(errors.find((e) => e.includes('webmailUrl'))).toMatch(/https:\/\//);
    expect(config.smtpAuthAbroadUrl).toBe('https://example.jp/abroad');
  });

  it('refuses negative and out-of-range sizes', () => {
    const { config, errors } = parseConfig({ maxMessageSizeMb: -5, quotaMb: 0, submissionPort: 70000, quotaWarnPercent: 150, helpdeskPhone: 'call us<script>' });
    expect(errors.find((e) => e.includes('"maxMessageSizeMb"'))).toMatch(/must not be negative/);
    expect(errors.find((e) => e.includes('"quotaMb"'))).toMatch(/between 1 and/);
    expect(errors.find((e) => e.includes('"submissionPort"'))).toMatch(/between 1 and 65535/);
    expect(errors.find((e) => e.includes('"quotaWarnPercent"'))).toMatch(/between 1 and 100/);
    expect(errors.find((e) => e.includes('"helpdeskPhone"'))).toMatch(/phone number/);
    expect(config).toMatchObject({ maxMessageSizeMb: null, quotaMb: null, submissionPort: 587, quotaWarnPercent: 80, helpdeskPhone: null });
  });

  it('checks fields against each other', () => {
    const a = parseConfig({ quotaWarnPercent: 96, quotaCriticalPercent: 90 });
    expect(a.errors[0]).toMatch(/"quotaWarnPercent".*below "quotaCriticalPercent"/);
    expect([a.config.quotaWarnPercent, a.config.quotaCriticalPercent]).toEqual([80, 95]);
    const b = parseConfig({ quotaMb: 1000, quotaUpgradeMb: 200 });
    expect(b.errors[0]).toMatch(/"quotaUpgradeMb"/);
    expect(b.config.quotaUpgradeMb).toBeNull();
    expect(b.config.quotaMb).toBe(1000);
  });

  it('reports broken JSON and non-objects without throwing', () => {
    expect(parseConfig('{"providerName": ').errors[0]).toMatch(/not valid JSON/);
    expect(parseConfig('[1,2]').errors[0]).toMatch(/must be a JSON object/);
    expect(parseConfig(42).errors[0]).toMatch(/must be a JSON object/);
    fc.assert(fc.property(fc.anything(), (v) => {
      const r = parseConfig(v);
      expect(Object.keys(r.config).sort()).toEqual(Object.keys(DEFAULT_CONFIG).sort());
    }), { numRuns: 300 });
    fc.assert(fc.property(fc.string(), (s) => {
      parseConfig(s);
    }), { numRuns: 300 });
  });

  it('treats null as "use the default"', () => {
    expect(parseConfig({ submissionPort: null, providerName: null }).config).toMatchObject({ submissionPort: 587, providerName: null });
  });
});

describe('config.schema.json', () => {
  const schema = JSON.parse(readFileSync(new URL('./config.schema.json', import.meta.url), 'utf8')) as { properties: Record<string, { default?: unknown; pattern?: string }>; additionalProperties: boolean };

  it('lists exactly the fields parseConfig knows', () => {
    const props = Object.keys(schema.properties).filter((k) => !k.startsWith('$'));
    expect(props.sort()).toEqual(Object.keys(FIELDS).sort());
    expect(schema.additionalProperties).toBe(false);
  });

  it('states the same defaults and https-only links', () => {
    for (const [k, p] of Object.entries(schema.properties)) {
      if (p.default !== undefined) expect(p.default, k).toEqual(DEFAULT_CONFIG[k as keyof typeof DEFAULT_CONFIG]);
      if (FIELDS[k as keyof typeof FIELDS]?.kind === 'url') expect(p.pattern, k).toBe('^https://');
    }
  });
});
