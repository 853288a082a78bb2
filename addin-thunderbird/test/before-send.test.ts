import { describe, expect, it, vi } from 'vitest';
import { decideSend, handleBeforeSend, maxBytesOf, recipientsOf, type Prompt } from '../src/background/before-send.js';
import { DEFAULT_CONFIG, type OrgConfig } from '../src/core.js';
import { FakeMessenger } from './fake-messenger.js';

const cfg = (over: Partial<OrgConfig> = {}): OrgConfig => ({ ...DEFAULT_CONFIG, maxMessageSizeMb: 20, ...over });
const tab = { id: 7 };

async function run(details: Parameters<typeof handleBeforeSend>[2], config: OrgConfig, answer: boolean | Error, attachments: number[] = []) {
  const fake = new FakeMessenger();
  fake.attachments = attachments.map((size, i) => ({ id: i, name: `f${i}`, size }));
  const prompt = vi.fn<Prompt>(async () => { if (answer instanceof Error) throw answer; return answer; });
  const result = await handleBeforeSend(fake.api(), tab, details, config, prompt);
  return { result, prompt };
}

describe('onBeforeSend outcomes', () => {
  it('sends a clean message without asking', async () => {
    const { result, prompt } = await run({ to: ['Taro <taro@example.jp>'], plainTextBody: 'hi', isPlainText: true }, cfg(), false);
    expect(result).toEqual({});
    expect(prompt).not.toHaveBeenCalled();
  });

  it('stops an RFC-violating address when the user goes back to editing', async () => {
    const { result, prompt } = await run({ to: ['hanako.@docomo.ne.jp'] }, cfg(), false);
    expect(result).toEqual({ cancel: true });
    expect(prompt.mock.calls[0]?.[1]).toMatchObject({ action: 'ask', warnings: [{ code: 'address-dot-before-at' }] });
  });

  it('lets the user send anyway', async () => {
    expect((await run({ to: ['a..b@example.jp'] }, cfg(), true)).result).toEqual({});
  });

  it('is a hard stop when the admin says so, whatever the answer', async () => {
    const { result, prompt } = await run({ cc: ['ｔａｒｏ@example.jp'] }, cfg({ precheckMayBlock: true }), true);
    expect(result).toEqual({ cancel: true });
    expect(prompt.mock.calls[0]?.[1].action).toBe('block');
  });

  it('never hard-stops for a carrier notice alone', async () => {
    const { prompt } = await run({ to: ['hanako@docomo.ne.jp'] }, cfg({ precheckMayBlock: true }), true);
    expect(prompt.mock.calls[0]?.[1].action).toBe('ask');
  });

  it('does nothing when the admin turned the checks off', async () => {
    const { result, prompt } = await run({ to: ['a..b@example.jp'] }, cfg({ precheckEnabled: false }), false);
    expect(result).toEqual({});
    expect(prompt).not.toHaveBeenCalled();
  });

  it('counts attachments in base64 against the configured limit', async () => {
    const { prompt } = await run({ to: ['a@example.jp'], body: '<p>x</p>' }, cfg(), false, [16 * 1024 * 1024]);
    expect(prompt.mock.calls[0]?.[1].warnings.map((w) => w.code)).toEqual(['size-over-limit']);
    const ok = await run({ to: ['a@example.jp'] }, cfg(), false, [10 * 1024 * 1024]);
    expect(ok.prompt).not.toHaveBeenCalled();
  });

  it('does not block the mail when its own dialog fails, unless it is a hard stop', async () => {
    expect((await run({ to: ['a..b@example.jp'] }, cfg(), new Error('no window'))).result).toEqual({});
    expect((await run({ to: ['a..b@example.jp'] }, cfg({ precheckMayBlock: true }), new Error('no window'))).result).toEqual({ cancel: true });
  });
});

describe('helpers', () => {
  it('collects to, cc and bcc, strings or lists', () => {
    expect(recipientsOf({ to: 'a@x.jp', cc: ['b@x.jp'], bcc: [] })).toEqual(['a@x.jp', 'b@x.jp']);
  });
  it('turns MB into bytes, and no limit into null', () => {
    expect(maxBytesOf({ maxMessageSizeMb: 20 })).toBe(20 * 1024 * 1024);
    expect(maxBytesOf({ maxMessageSizeMb: null })).toBeNull();
  });
  it('decideSend matrix', () => {
    const w = [{ code: 'address-space' as const, params: {} }];
    expect(decideSend([], cfg()).action).toBe('send');
    expect(decideSend(w, cfg()).action).toBe('ask');
    expect(decideSend(w, cfg({ precheckMayBlock: true })).action).toBe('block');
    expect(decideSend(w, cfg({ precheckEnabled: false })).action).toBe('send');
  });
});
