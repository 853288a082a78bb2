import { describe, expect, it } from 'vitest';
import { loadSettings, pickLocale } from '../src/background/settings.js';
import { FakeMessenger } from './fake-messenger.js';

describe('managed settings', () => {
  it('uses defaults and reports nothing when no policy exists', async () => {
    const fake = new FakeMessenger();
    const s = await loadSettings(fake.api());
    expect(s.errors).toEqual([]);
    expect(s.config.quotaWarnPercent).toBe(80);
    expect(s.locale).toBe('en');
  });

  it('applies valid fields, names invalid ones, and keeps defaults for those', async () => {
    const fake = new FakeMessenger();
    fake.managed = { helpdeskPhone: '0120-123-456', quotaWarnPercent: 'eighty', language: 'ja' };
    const s = await loadSettings(fake.api());
    expect(s.config.helpdeskPhone).toBe('0120-123-456');
    expect(s.config.quotaWarnPercent).toBe(80);
    expect(s.errors.join('\n')).toMatch(/quotaWarnPercent/);
    expect(s.locale).toBe('ja');
  });

  it('reads registry-shaped booleans (REG_DWORD 0/1, REG_SZ "true") from Windows Group Policy', async () => {
    const fake = new FakeMessenger();
    fake.managed = { precheckMayBlock: 1, precheckEnabled: 'false', maxMessageSizeMb: 20, quotaUpgradeFree: 2 };
    const s = await loadSettings(fake.api());
    expect(s.config.precheckMayBlock).toBe(true);
    expect(s.config.precheckEnabled).toBe(false);
    expect(s.config.maxMessageSizeMb).toBe(20);
    expect(s.errors.join('\n')).toMatch(/quotaUpgradeFree/); // 2 is not a boolean: named, default kept
  });

  it('follows Thunderbird\'s language unless the admin forces one', () => {
    expect(pickLocale({ language: null }, 'ja')).toBe('ja');
    expect(pickLocale({ language: null }, 'ja-JP')).toBe('ja');
    expect(pickLocale({ language: null }, 'de')).toBe('en');
    expect(pickLocale({ language: 'en' }, 'ja')).toBe('en');
  });
});
