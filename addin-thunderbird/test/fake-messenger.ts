// A typed stand-in of the Messenger API slice the add-in uses: in-memory accounts, folders with
// quota, raw messages, and a log of badge calls. Only what the tests exercise does anything.
import type { ComposeAttachment, FolderQuota, MailAccount, Messenger } from '../src/types/messenger.js';

export interface FakeAccount {
  account: MailAccount;
  inboxId?: string;
  quota?: FolderQuota[];
  fail?: boolean;
}

const listener = () => ({ addListener() {}, removeListener() {}, hasListener: () => false });

export class FakeMessenger {
  accounts: FakeAccount[] = [];
  raws = new Map<number, string | Uint8Array>();
  managed: Record<string, unknown> | Error = new Error('Managed storage manifest not found');
  uiLanguage = 'en-US';
  attachments: ComposeAttachment[] = [];
  badgeCalls: { tabId?: number; text: string | null }[] = [];
  rawCalls = 0;

  api(): Messenger {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the stand-in's methods read the test's current state
    const self = this;
    const action = {
      async setBadgeText(d: { text: string | null; tabId?: number }) { self.badgeCalls.push(d); },
      async setBadgeBackgroundColor() {},
      async setTitle() {},
    };
    const api = {
      runtime: { onStartup: listener(), onInstalled: listener(), onMessage: listener(), async sendMessage() {}, async getBrowserInfo() { return { name: 'Thunderbird', version: '153.7.0' }; }, getURL: (p: string) => `moz-extension://x/${p}` },
      i18n: { getUILanguage: () => self.uiLanguage, getMessage: () => '' },
      storage: {
        managed: { async get() { if (self.managed instanceof Error) throw self.managed; return self.managed; } },
        local: { async get() { return {}; }, async set() {} },
      },
      accounts: { async list() { return self.accounts.map((a) => a.account); } },
      folders: {
        async query(q: { accountId?: string }) {
          const a = self.accounts.find((x) => x.account.id === q.accountId);
          if (a?.fail) throw new Error('folder query failed');
          return a?.inboxId ? [{ id: a.inboxId, accountId: a.account.id, specialUse: ['inbox'] }] : [];
        },
        async getFolderInfo(id: string) {
          const a = self.accounts.find((x) => x.inboxId === id);
          return a?.quota ? { quota: a.quota } : {};
        },
      },
      messages: {
        async getRaw(id: number) {
          self.rawCalls++;
          const r = self.raws.get(id);
          if (r === undefined) throw new Error(`Message not found: ${id}.`);
          return typeof r === 'string' ? new File([r], 'message.eml') : new File([r as BlobPart], 'message.eml');
        },
        async get(id: number) { return { id, subject: 's', author: 'a' }; },
        onNewMailReceived: listener(),
      },
      messageDisplay: { onMessagesDisplayed: listener(), async getDisplayedMessages() { return { id: null, messages: [] }; } },
      messageDisplayAction: action,
      action,
      scripting: { async executeScript() { return []; }, async insertCSS() {}, messageDisplay: { async registerScripts() {}, async getRegisteredScripts() { return []; } } },
      menus: { create: () => 'x', async remove() {}, onClicked: listener() },
      compose: { onBeforeSend: listener(), async listAttachments() { return self.attachments; } },
      tabs: { async query() { return []; } },
      windows: { async create() { return { id: 1 }; }, async remove() {}, onRemoved: listener() },
      alarms: { create() {}, async get() { return undefined; }, onAlarm: listener() },
    } satisfies Messenger;
    return api;
  }
}

export function imapAccount(id: string, name: string, quota?: FolderQuota[]): FakeAccount {
  return { account: { id, name, type: 'imap', identities: [] }, inboxId: `${id}://INBOX`, ...(quota ? { quota } : {}) };
}

export const storage = (used: number, limit: number): FolderQuota[] => [{ type: 'STORAGE', used, limit, unused: limit - used }];
