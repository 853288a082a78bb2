/// <reference types="office-js" />
// The handler entry as Outlook calls it: registration, completion exactly once, and "let it go" when
// anything breaks. Office is a plain stub here; the real bundle runs in Chromium in the e2e suite.
import { beforeAll, describe, expect, it } from 'vitest';

type Cb = (r: { status: string; value?: unknown; error?: { message: string } }) => void;
const registered: Record<string, (e: { completed(o?: unknown): void }) => void> = {};
let item: unknown = null;

function recips(list: string[] | 'hang' | 'fail') {
  return {
    getAsync(cb: Cb) {
      if (list === 'hang') return;
      if (list === 'fail') return setTimeout(() => cb({ status: 'failed', error: { message: 'nope' } }), 0);
      setTimeout(() => cb({ status: 'succeeded', value: list.map((a) => ({ emailAddress: a, displayName: '' })) }), 0);
    },
  };
}
function compose(to: string[] | 'hang' | 'fail') {
  return {
    to: recips(to), cc: recips([]), bcc: recips([]),
    body: { getAsync: (_t: unknown, cb: Cb) => setTimeout(() => cb({ status: 'succeeded', value: '<p>hi</p>' }), 0) },
    getAttachmentsAsync: (cb: Cb) => setTimeout(() => cb({ status: 'succeeded', value: [] }), 0),
  };
}
function fire(name: string): Promise<{ options: unknown; calls: number }> {
  return new Promise((resolve) => {
    let calls = 0;
    let first: unknown;
    registered[name]!({ completed: (o) => { calls++; if (calls === 1) first = o; setTimeout(() => resolve({ options: first, calls }), 50); } });
  });
}

beforeAll(async () => {
  (globalThis as Record<string, unknown>).__BD_CONFIG__ = JSON.stringify({ precheckMayBlock: true, maxMessageSizeMb: 20 });
  (globalThis as Record<string, unknown>).Office = {
    actions: { associate: (n: string, f: (e: { completed(o?: unknown): void }) => void) => (registered[n] = f) },
    context: {
      displayLanguage: 'en-US',
      requirements: { isSetSupported: (n: string, v: string) => n === 'Mailbox' && Number(v.split('.')[1]) <= 14 },
      mailbox: { get item() { if (item === 'throw') throw new Error('no item'); return item; }, userProfile: { emailAddress: 'me@example.jp' } },
    },
  };
  await import('./index.js');
});

describe('event handlers', () => {
  it('registers the three launch functions', () => {
    expect(Object.keys(registered).sort()).toEqual(['onMessageRecipientsChanged', 'onMessageSend', 'onNewMessageCompose']);
  });

  it('stops a send with a warning and offers "send anyway" on 1.14', async () => {
    item = compose(['taro..yamada@example.jp']);
    const { options, calls } = await fire('onMessageSend');
    expect(calls).toBe(1);
    expect(options).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    expect((options as { errorMessage: string }).errorMessage).toContain('taro..yamada@example.jp');
  });

  it('lets a clean mail go', async () => {
    item = compose(['hanako@example.org']);
    expect((await fire('onMessageSend')).options).toEqual({ allowEvent: true });
  });

  it('lets the mail go when the item cannot be read at all', async () => {
    item = 'throw';
    expect((await fire('onMessageSend')).options).toEqual({ allowEvent: true });
  });

  it('lets the mail go when reading recipients fails or never answers', async () => {
    item = compose('fail');
    expect((await fire('onMessageSend')).options).toEqual({ allowEvent: true });
    item = compose('hang');
    const t0 = Date.now();
    expect((await fire('onMessageSend')).options).toEqual({ allowEvent: true });
    expect(Date.now() - t0).toBeLessThan(6_000);
  }, 15_000);

  it('completes the other events even without Graph or an item', async () => {
    item = 'throw';
    expect((await fire('onNewMessageCompose')).calls).toBe(1);
    expect((await fire('onMessageRecipientsChanged')).calls).toBe(1);
  });
});
