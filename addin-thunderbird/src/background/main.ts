// Event page. Every listener is registered synchronously at top level: Thunderbird only wakes an
// MV3 event page for listeners it saw registered this way (runtime.onStartup makes it run at launch).
import type { Messenger, MessageList, MessageSender, Tab } from '../types/messenger.js';
import { isRequest, type BannerReply, type PaneReply, type PresendReply, type Request } from '../protocol.js';
import { AnalysisCache } from './analyze.js';
import { badgeFor, bannerFor, looksLikeBounce } from './decide.js';
import { handleBeforeSend, type Prompt } from './before-send.js';
import { loadSettings, type Settings } from './settings.js';
import {
  EMPTY_MEMORY, dismissAlert, evaluateQuotas, quotaBadge, quotaBannerView, readQuotas, thresholdsOf,
  type AccountQuota, type QuotaMemory,
} from './quota-watch.js';
import { t } from '../strings.js';
import { diagnose, DEFAULT_CONFIG } from '../core.js';
import * as advice from '../../../shared/src/advice/index.js';

const api: Messenger = messenger;
const cache = new AnalysisCache(api);
const QUOTA_ALARM = 'bd-quota';
const QUOTA_MEMORY_KEY = 'quotaMemory';
const SCRIPT_ID = 'bd-banner';
const MENU_ID = 'bd-diagnose';

let settingsPromise: Promise<Settings> | null = null;
const settings = (): Promise<Settings> => (settingsPromise ??= loadSettings(api));
let lastQuotas: AccountQuota[] = [];

// ---------------------------------------------------------------- listeners (top level, sync)
api.runtime.onStartup.addListener(() => { void boot(); });
api.runtime.onInstalled.addListener(() => { void boot(); });
api.messageDisplay.onMessagesDisplayed.addListener((tab, list) => { void onDisplayed(tab, list); });
api.messages.onNewMailReceived.addListener((_folder, list) => { void refreshQuota(); prefetchBounces(list); });
api.alarms.onAlarm.addListener((alarm) => { if (alarm.name === QUOTA_ALARM) void refreshQuota(); });
api.menus.onClicked.addListener((info) => { void onMenu(info.menuItemId, info.selectedMessages); });
api.compose.onBeforeSend.addListener((tab, details) => onBeforeSend(tab, details));
api.windows.onRemoved.addListener((id) => { onWindowRemoved(id); });
api.runtime.onMessage.addListener((msg, sender) => (isRequest(msg) ? onRequest(msg, sender) : undefined));

// ---------------------------------------------------------------- startup
async function boot(): Promise<void> {
  warmUp();
  await Promise.allSettled([ensureScripts(), ensureMenu(), ensureAlarm()]);
  await Promise.allSettled([injectIntoOpenMessages(), refreshQuota()]);
  // At launch Thunderbird restores the last message while (or after) this page starts; a message
  // that finished loading before our script was registered got nothing, so look again shortly.
  for (const ms of [1500, 4000]) setTimeout(() => { void injectIntoOpenMessages(); }, ms);
  // Thunderbird asks the server for the quota when it opens the folder: read again shortly after.
  setTimeout(() => { if (lastQuotas.some((q) => q.status === 'no-quota')) void refreshQuota(); }, 5000);
}

/**
 * The first diagnose after the page starts pays for compiling the core (about 90 ms against 1-5 ms
 * warm): run it once on a tiny report of our own so the first real bounce is fast.
 */
function warmUp(): void {
  const sample = 'From: MAILER-DAEMON@warm.invalid\r\nSubject: Undelivered\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=w\r\n\r\n--w\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; warm.invalid\r\n\r\nFinal-Recipient: rfc822; a@warm.invalid\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n--w--\r\n';
  setTimeout(() => { void diagnose(sample).then((d) => bannerFor(d, 'en', DEFAULT_CONFIG)).catch(() => undefined); }, 0);
}

async function ensureScripts(): Promise<void> {
  // Asking for an unknown id by filter logs an error in Thunderbird: list all and look.
  const have = await api.scripting.messageDisplay.getRegisteredScripts().catch(() => []);
  if (have.some((s) => s.id === SCRIPT_ID)) return;
  await api.scripting.messageDisplay.registerScripts([{ id: SCRIPT_ID, js: ['banner.js'], css: ['banner.css'], runAt: 'document_start' }]);
}

async function ensureMenu(): Promise<void> {
  const { locale } = await settings();
  // After an update in a running session the old item can survive; start from a clean slate.
  await api.menus.remove(MENU_ID).catch(() => undefined);
  await new Promise<void>((resolve) => {
    // An id left from an earlier wake-up makes create() fail; that is fine.
    api.menus.create({ id: MENU_ID, title: t(locale, 'menuDiagnose'), contexts: ['message_list'] }, () => {
      void api.runtime.lastError; // reading it marks it handled
      resolve();
    });
  });
}

async function ensureAlarm(): Promise<void> {
  if (!(await api.alarms.get(QUOTA_ALARM))) api.alarms.create(QUOTA_ALARM, { periodInMinutes: 15 });
}

/** A message already on screen when Thunderbird started gets no onMessagesDisplayed: inject now. */
async function injectIntoOpenMessages(): Promise<void> {
  const tabs = await api.tabs.query({});
  for (const tab of tabs) {
    if (typeof tab.id !== 'number' || (tab.type !== 'mail' && tab.type !== 'messageDisplay')) continue;
    const shown = await api.messageDisplay.getDisplayedMessages(tab.id).catch(() => null);
    if (!shown || shown.messages.length !== 1) continue;
    await onDisplayed(tab, shown);
    await api.scripting.insertCSS({ target: { tabId: tab.id }, files: ['banner.css'] }).catch(() => undefined);
    await api.scripting.executeScript({ target: { tabId: tab.id }, files: ['banner.js'] }).catch(() => undefined);
  }
}

// ---------------------------------------------------------------- displayed message
/**
 * A bounce usually arrives while Thunderbird runs and is opened soon after: read and diagnose likely
 * bounces on arrival (by sender and subject only, a handful at most) so the banner does not wait for
 * the IMAP fetch behind getRaw when the user opens one.
 */
function prefetchBounces(list: MessageList | undefined): void {
  const candidates = (list?.messages ?? []).filter((m) => looksLikeBounce(m.author, m.subject)).slice(0, 8);
  for (const m of candidates) void cache.get(m.id);
}

async function onDisplayed(tab: Tab, list: MessageList | MessageList['messages']): Promise<void> {
  const messages = Array.isArray(list) ? list : list.messages; // MV2 gave an array
  if (typeof tab.id !== 'number') return;
  if (messages.length !== 1 || !messages[0]) {
    await setTabBadge(tab.id, null);
    return;
  }
  const a = await cache.get(messages[0].id); // starts the parse before the banner script asks
  await setTabBadge(tab.id, badgeFor(a.diagnosis));
}

async function setTabBadge(tabId: number, badge: { text: string; color: string } | null): Promise<void> {
  const a = api.messageDisplayAction;
  await a.setBadgeText({ tabId, text: badge ? badge.text : null }).catch(() => undefined);
  if (badge) await a.setBadgeBackgroundColor({ tabId, color: badge.color }).catch(() => undefined);
}

async function displayedMessageId(tabId: number | undefined): Promise<number | null> {
  // Always asked afresh: the banner script of a new message may run before onMessagesDisplayed.
  if (typeof tabId !== 'number') return null;
  const shown = await api.messageDisplay.getDisplayedMessages(tabId).catch(() => null);
  return shown && shown.messages.length === 1 && shown.messages[0] ? shown.messages[0].id : null;
}

// ---------------------------------------------------------------- quota
let memoryCache: QuotaMemory | null = null;
async function loadMemory(): Promise<QuotaMemory> {
  if (memoryCache) return memoryCache;
  const got = await api.storage.local.get(QUOTA_MEMORY_KEY).catch(() => ({}) as Record<string, unknown>);
  const m = got[QUOTA_MEMORY_KEY] as QuotaMemory | undefined;
  memoryCache = m && typeof m === 'object' && m.notify && m.alerts ? m : EMPTY_MEMORY;
  return memoryCache;
}

let quotaRun: Promise<void> | null = null;
function refreshQuota(): Promise<void> {
  // One reading at a time; a burst of new-mail events collapses into one.
  quotaRun ??= (async () => {
    try {
      const s = await settings();
      lastQuotas = await readQuotas(api, thresholdsOf(s.config));
      const { memory } = evaluateQuotas(lastQuotas, await loadMemory());
      memoryCache = memory;
      await api.storage.local.set({ [QUOTA_MEMORY_KEY]: memory });
      const b = quotaBadge(lastQuotas);
      await api.action.setBadgeText({ text: b.text }).catch(() => undefined);
      if (b.color) await api.action.setBadgeBackgroundColor({ color: b.color }).catch(() => undefined);
      await api.action.setTitle({ title: b.title }).catch(() => undefined);
    } finally {
      quotaRun = null;
    }
  })();
  return quotaRun;
}

function quotaAdviceFn() {
  const f = (advice as Record<string, unknown>)['quotaAdvice'];
  return typeof f === 'function' ? (f as Parameters<typeof quotaBannerView>[3]) : null;
}

// ---------------------------------------------------------------- requests from pages and scripts
async function onRequest(msg: Request, sender: MessageSender): Promise<unknown> {
  switch (msg.type) {
    case 'bd:banner':
      return bannerReply(sender.tab?.id);
    case 'bd:open-pane':
      return openPane(await displayedMessageId(sender.tab?.id));
    case 'bd:quota-dismiss':
      memoryCache = dismissAlert(await loadMemory(), String(msg.accountId));
      await api.storage.local.set({ [QUOTA_MEMORY_KEY]: memoryCache });
      return true;
    case 'bd:pane':
      return paneReply(msg.messageId ?? (await displayedMessageId(msg.tabId ?? undefined)));
    case 'bd:presend-data':
      return presendData(msg.token);
    case 'bd:presend-decision':
      presendDecide(msg.token, msg.send === true);
      return true;
  }
  return undefined;
}

async function bannerReply(tabId: number | undefined): Promise<BannerReply> {
  const t0 = performance.now();
  const s = await settings();
  const id = await displayedMessageId(tabId);
  const a = id === null ? null : await cache.get(id);
  // Not waiting for a quota reading in progress: the bounce line must not queue behind IMAP.
  const memory = await loadMemory();
  return {
    locale: s.locale,
    bounce: bannerFor(a?.diagnosis, s.locale, s.config),
    quota: Object.values(memory.alerts).map((al) => quotaBannerView(al, s.locale, s.config, quotaAdviceFn())),
    labels: { open: t(s.locale, 'openPane'), dismiss: t(s.locale, 'dismiss') },
    timing: a ? { rawMs: Math.round(a.rawMs), diagnoseMs: Math.round(a.diagnoseMs), handlerMs: Math.round(performance.now() - t0) } : null,
  };
}

async function paneReply(messageId: number | null): Promise<PaneReply> {
  const s = await settings();
  const a = messageId === null ? null : await cache.get(messageId);
  const header = messageId === null ? null : await api.messages.get(messageId).catch(() => null);
  if (!lastQuotas.length) await refreshQuota();
  return {
    locale: s.locale, config: s.config, configErrors: s.errors, messageId,
    subject: header?.subject ?? null, diagnosis: a?.diagnosis ?? null, error: a?.error ?? null, quotas: lastQuotas,
  };
}

async function openPane(messageId: number | null): Promise<boolean> {
  // A small window rather than the header button's popup: runtime.openPopup needs the window to
  // hold the focus (it waits for it), which a click inside the message body does not guarantee.
  const q = messageId === null ? '' : `?messageId=${messageId}`;
  await api.windows.create({ type: 'popup', url: `pane.html${q}`, width: 560, height: 720 });
  return true;
}

async function onMenu(menuItemId: string | number, selected: MessageList | undefined): Promise<void> {
  if (menuItemId !== MENU_ID) return;
  const first = selected?.messages[0];
  if (!first) return;
  await api.windows.create({ type: 'popup', url: `pane.html?messageId=${first.id}`, width: 520, height: 640 });
}

// ---------------------------------------------------------------- before send
interface Pending {
  reply: PresendReply;
  resolve: (send: boolean) => void;
  windowId: number | null;
}
const pending = new Map<string, Pending>();

const prompt: Prompt = async (_tab, decision) => {
  const s = await settings();
  const token = crypto.randomUUID();
  return new Promise<boolean>((resolve, reject) => {
    const entry: Pending = { reply: { locale: s.locale, mode: decision.action, warnings: decision.warnings, config: s.config }, resolve, windowId: null };
    pending.set(token, entry);
    api.windows.create({ type: 'popup', url: `presend.html?token=${token}`, width: 560, height: 420 })
      .then((w) => { entry.windowId = w.id ?? null; })
      .catch((e: unknown) => { pending.delete(token); reject(e instanceof Error ? e : new Error(String(e))); });
  });
};

async function onBeforeSend(tab: Tab, details: Parameters<typeof handleBeforeSend>[2]): Promise<{ cancel?: boolean }> {
  const s = await settings();
  return handleBeforeSend(api, tab, details, s.config, prompt);
}

function presendData(token: string): PresendReply | null {
  return pending.get(token)?.reply ?? null;
}

function presendDecide(token: string, send: boolean): void {
  const p = pending.get(token);
  if (!p) return;
  pending.delete(token);
  p.resolve(send);
  if (p.windowId !== null) void api.windows.remove(p.windowId).catch(() => undefined);
}

function onWindowRemoved(windowId: number): void {
  // Closing the dialog is "back to editing".
  for (const [token, p] of pending) if (p.windowId === windowId) { pending.delete(token); p.resolve(false); }
}
