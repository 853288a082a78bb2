import { describe, expect, it } from 'vitest';
import { parseConfig } from '@bounce-doctor/core';
import { decideSend, type ComposeFacts } from './send-check.js';

const base = parseConfig(JSON.stringify({ maxMessageSizeMb: 20, precheckMayBlock: true })).config;
const cfg = (over: Record<string, unknown> = {}) => ({ ...base, ...over });

function facts(recipients: string[], size: number | null = 1000, extra: Partial<ComposeFacts> = {}): ComposeFacts {
  return {
    recipients: async () => recipients,
    sizes: async () => (size === null ? null : { bodyBytes: size, attachmentBytes: [] }),
    ...extra,
  };
}

describe('decideSend', () => {
  it('lets a clean message go without a dialog', async () => {
    const d = await decideSend(facts(['taro@example.jp', 'Hanako <hanako@example.com>']), cfg(), 'en');
    expect(d).toMatchObject({ allow: true, message: '', skipped: null });
    expect(d.warnings).toEqual([]);
  });

  it.each([
    ['taro..yamada@example.jp', 'address-consecutive-dots'],
    ['taro.@example.jp', 'address-dot-before-at'],
    ['.taro@example.jp', 'address-leading-dot'],
    ['ｔａｒｏ@example.jp', 'address-fullwidth'],
    ['taro yamada@example.jp', 'address-space'],
    ['taro.example.jp', 'address-invalid'],
    ['taro@docomo.ne.jp', 'carrier-pc-mail'],
  ])('stops %s with %s and says so in both languages', async (addr, code) => {
    for (const locale of ['en', 'ja'] as const) {
      const d = await decideSend(facts([addr]), cfg(), locale);
      expect(d.allow).toBe(false);
      expect(d.warnings.map((w) => w.code)).toContain(code);
      expect(d.message.length).toBeGreaterThan(10);
      expect(d.message.length).toBeLessThanOrEqual(500);
      if (locale === 'ja') expect(d.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('warns when the estimate is over the configured size, not under it', async () => {
    const over = await decideSend(facts(['a@example.jp'], 25 * 1024 * 1024), cfg(), 'en');
    expect(over.warnings.map((w) => w.code)).toEqual(['size-over-limit']);
    expect(over.allow).toBe(false);
    const under = await decideSend(facts(['a@example.jp'], 5 * 1024 * 1024), cfg(), 'en');
    expect(under.allow).toBe(true);
  });

  it('counts attachments after base64 growth', async () => {
    const f = facts(['a@example.jp'], 1000, { sizes: async () => ({ bodyBytes: 1000, attachmentBytes: [16 * 1024 * 1024] }) });
    const d = await decideSend(f, cfg(), 'en');
    // 16 MiB raw is about 21.3 MiB as base64: over a 20 MB limit.
    expect(d.warnings.map((w) => w.code)).toEqual(['size-over-limit']);
  });

  it('lets the mail go when reading the recipients fails', async () => {
    const d = await decideSend(facts([], 0, { recipients: async () => { throw new Error('host said no'); } }), cfg(), 'en');
    expect(d.allow).toBe(true);
    expect(d.skipped).toMatch(/host said no/);
  });

  it('lets the mail go when a check hangs past the budget', async () => {
    const t0 = Date.now();
    const d = await decideSend(facts([], 0, { recipients: () => new Promise<string[]>(() => undefined) }), cfg(), 'en', 100);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(d.allow).toBe(true);
    expect(d.skipped).toMatch(/timed out/);
  });

  it('keeps the local warnings when MailTips fail, and adds MailTips when they answer', async () => {
    const broken = await decideSend(facts(['a..b@example.jp'], 1000, { mailTips: async () => { throw new Error('401'); } }), cfg(), 'en');
    expect(broken.allow).toBe(false);
    expect(broken.warnings.map((w) => w.code)).toEqual(['address-consecutive-dots']);
    const tips = await decideSend(
      facts(['full@example.com', 'ok@example.com'], 1000, {
        mailTips: async (addrs) => addrs.map((a) => ({ address: a, mailboxFull: a.startsWith('full'), maxMessageSize: 36_700_160, error: null })),
      }),
      cfg(),
      'en',
    );
    expect(tips.allow).toBe(false);
    expect(tips.tips.map((t) => t.address)).toEqual(['full@example.com']);
    expect(tips.message).toContain('full@example.com');
  });

  it('obeys precheckEnabled and precheckMayBlock', async () => {
    const off = await decideSend(facts(['a..b@example.jp']), cfg({ precheckEnabled: false }), 'en');
    expect(off).toMatchObject({ allow: true, skipped: 'precheckEnabled is false' });
    const noBlock = await decideSend(facts(['a..b@example.jp']), cfg({ precheckMayBlock: false }), 'en');
    expect(noBlock.allow).toBe(true);
    expect(noBlock.warnings.length).toBe(1);
  });
});
