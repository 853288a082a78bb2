// The slice of Thunderbird's MV3 MailExtension API (128+ ESR) this add-in uses.
// @types/thunderbird-webext-browser stops at 127 and is MV2-shaped (getRaw returning a string,
// onMessagesDisplayed with an array), so these are written from the 128/140/153 API docs and
// checked against Thunderbird 153.7 in the e2e run.

export interface Listener<F extends (...args: never[]) => unknown> {
  addListener(cb: F): void;
  removeListener(cb: F): void;
  hasListener(cb: F): boolean;
}

export interface MailFolder {
  id: string;
  accountId?: string;
  name?: string;
  path?: string;
  specialUse?: string[];
}

export interface MailAccount {
  id: string;
  name: string;
  /** "imap", "pop3", "none" (Local Folders), "nntp", "rss", "ews" ... */
  type: string;
  rootFolder?: MailFolder;
  identities: { email: string; name?: string }[];
}

/** One entry of folders.getFolderInfo().quota (TB 121+). STORAGE is in bytes. */
export interface FolderQuota {
  type: 'STORAGE' | 'MESSAGE' | string;
  limit: number;
  used: number;
  unused: number;
}

export interface MailFolderInfo {
  totalMessageCount?: number;
  unreadMessageCount?: number;
  quota?: FolderQuota[];
}

export interface MessageHeader {
  id: number;
  subject: string;
  author: string;
  date?: Date | string;
  folder?: MailFolder;
  size?: number;
  headerMessageId?: string;
}

/** MV3: lists are objects, not arrays. */
export interface MessageList {
  id: string | null;
  messages: MessageHeader[];
}

export interface Tab {
  id?: number;
  windowId?: number;
  active?: boolean;
  type?: 'mail' | 'messageDisplay' | 'messageCompose' | 'addressBook' | 'content' | string;
  mailTab?: boolean;
}

export interface MessageSender {
  tab?: Tab;
  id?: string;
  url?: string;
}

export interface ComposeDetails {
  identityId?: string;
  from?: string;
  to?: string[] | string;
  cc?: string[] | string;
  bcc?: string[] | string;
  subject?: string;
  body?: string;
  plainTextBody?: string;
  isPlainText?: boolean;
}

export interface ComposeAttachment {
  id: number;
  name: string;
  size?: number;
}

export interface OnClickData {
  menuItemId: string | number;
  selectedMessages?: MessageList;
}

export interface BadgeDetails {
  text: string | null;
  tabId?: number;
}

export interface ActionApi {
  setBadgeText(d: BadgeDetails): Promise<void>;
  setBadgeBackgroundColor(d: { color: string | null; tabId?: number }): Promise<void>;
  setTitle(d: { title: string | null; tabId?: number }): Promise<void>;
  openPopup?(options?: { windowId?: number }): Promise<boolean>;
}

export interface RegisteredScript {
  id: string;
  js?: string[];
  css?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
}

export interface Messenger {
  runtime: {
    onStartup: Listener<() => void>;
    onInstalled: Listener<(d: { reason: string }) => void>;
    onMessage: Listener<(msg: unknown, sender: MessageSender) => unknown>;
    sendMessage(msg: unknown): Promise<unknown>;
    getBrowserInfo(): Promise<{ name: string; version: string }>;
    getURL(path: string): string;
    lastError?: { message?: string } | null;
  };
  i18n: {
    getUILanguage(): string;
    getMessage(name: string, subs?: string | string[]): string;
  };
  storage: {
    managed: { get(keys?: string | string[] | null): Promise<Record<string, unknown>> };
    local: {
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
  accounts: { list(includeSubFolders?: boolean): Promise<MailAccount[]> };
  folders: {
    query(q: { accountId?: string; specialUse?: string[] }): Promise<MailFolder[]>;
    getFolderInfo(folderId: string): Promise<MailFolderInfo>;
  };
  messages: {
    getRaw(id: number, options?: { data_format?: 'File' | 'BinaryString' }): Promise<File | string>;
    get(id: number): Promise<MessageHeader>;
    onNewMailReceived: Listener<(folder: MailFolder, messages: MessageList) => void>;
  };
  messageDisplay: {
    onMessagesDisplayed: Listener<(tab: Tab, messages: MessageList) => void>;
    getDisplayedMessages(tabId: number): Promise<MessageList>;
  };
  messageDisplayAction: ActionApi;
  action: ActionApi;
  scripting: {
    executeScript(d: { target: { tabId: number }; files: string[] }): Promise<unknown[]>;
    insertCSS(d: { target: { tabId: number }; files: string[] }): Promise<void>;
    messageDisplay: {
      registerScripts(scripts: RegisteredScript[]): Promise<void>;
      getRegisteredScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
    };
  };
  menus: {
    create(p: { id: string; title: string; contexts: string[] }, cb?: () => void): string | number;
    remove(id: string): Promise<void>;
    onClicked: Listener<(info: OnClickData, tab?: Tab) => void>;
  };
  compose: {
    onBeforeSend: Listener<(tab: Tab, details: ComposeDetails) => unknown>;
    listAttachments(tabId: number): Promise<ComposeAttachment[]>;
  };
  tabs: { query(q: Record<string, unknown>): Promise<Tab[]> };
  windows: {
    create(d: { type?: 'popup' | 'normal'; url?: string; width?: number; height?: number; allowScriptsToClose?: boolean }): Promise<{ id?: number }>;
    remove(windowId: number): Promise<void>;
    onRemoved: Listener<(windowId: number) => void>;
  };
  alarms: {
    create(name: string, info: { periodInMinutes?: number; delayInMinutes?: number }): void;
    get(name: string): Promise<unknown>;
    onAlarm: Listener<(alarm: { name: string }) => void>;
  };
}

declare global {
  const messenger: Messenger;
}
