/// <reference types="office-js" />
// The task pane: picks the best input Outlook lets us reach, diagnoses it with the core, renders it with
// the shared pane, and mirrors the headline as a notificationMessages banner.
import type { Diagnosis, Locale, OrgConfig } from '@bounce-doctor/core';
import { createPane, bannerForDiagnosis, bannerForQuota, type PaneController } from '@bounce-doctor/core/ui';
import '@bounce-doctor/core/ui/pane.css';
import './outlook.css';
import { detectCapabilities, fallbackReasons, type Capabilities } from '../office/capabilities.js';
import { readOpenItem, type ItemRead } from '../office/item.js';
import { call } from '../office/async.js';
import type { Candidate, Origin } from '../source/kinds.js';
import { quotaFromMail } from '../source/quota-mail.js';
import { paneStrings, type PaneStrings } from '../text/pane-strings.js';
import { loadConfig, profileFrom } from './load-config.js';
import { graphFromSettings } from '../config/outlook-settings.js';
import type { GraphOptions } from '../graph/client.js';
import { buildSourcePanel, type SourcePanel } from './source-panel.js';

// The diagnosis engine (MIME reader, report readers, MTA dialects, receiver rules: about two thirds of
// the pane's code) is its own chunk. Its download starts as soon as this module runs, so it overlaps
// office.js's start-up, the config fetch and the item read, while the pane's chrome is built without
// waiting for it; a quota mail, an NDR Outlook will not open and a compose window never need it.
type Engine = typeof import('@bounce-doctor/core');
let engine: Promise<Engine> | null = null;
function loadEngine(): Promise<Engine> {
  engine ??= import('@bounce-doctor/core').catch((e: unknown) => {
    engine = null; // a failed fetch (offline moment) is retried on the next diagnosis
    throw e;
  });
  return engine;
}
void loadEngine().catch(() => undefined);

async function diagnose(input: Uint8Array | string): Promise<Diagnosis> {
  return (await loadEngine()).diagnose(input);
}

interface App {
  pane: PaneController;
  panel: SourcePanel;
  caps: Capabilities;
  config: OrgConfig;
  locale: Locale;
  t: PaneStrings;
  graph: GraphOptions | null;
  notes: string[];
  item: Office.MessageRead | null;
  itemRead: ItemRead | null;
}

const ORIGIN_LABEL: Record<Origin, keyof PaneStrings> = {
  'item-eml': 'fromItem',
  'item-rebuilt': 'fromItem',
  attachment: 'fromAttachment',
  drop: 'fromDrop',
  paste: 'fromPaste',
  graph: 'fromGraph',
};

function el<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function hostLocale(config: OrgConfig): Locale {
  if (config.language) return config.language;
  const lang = (typeof Office !== 'undefined' && Office.context?.displayLanguage) || navigator.language || 'en';
  return lang.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** A banner above the open message; skipped (and noted) where the client has none. */
async function banner(app: App, key: string, text: string | null): Promise<void> {
  const nm = app.item?.notificationMessages;
  if (!nm || !app.caps.notifications.available) {
    if (text) app.notes.push(`banner "${key}" not shown: ${app.caps.notifications.reason || 'no open item'}`);
    return;
  }
  try {
    if (!text) await call<void>((cb) => nm.removeAsync(key, cb), 'notificationMessages.removeAsync', 3_000);
    else
      await call<void>(
        (cb) => nm.replaceAsync(key, { type: 'informationalMessage', message: text.slice(0, 150), icon: 'Icon.16', persistent: false } as Office.NotificationMessageDetails, cb),
        'notificationMessages.replaceAsync',
        3_000,
      );
  } catch (e) {
    app.notes.push(`banner "${key}": ${(e as Error).message}`);
  }
}

function showVerdict(app: App, d: Diagnosis, origin: Origin, label: string): void {
  app.pane.showDiagnosis(d);
  const host = el<HTMLElement>('bd-verdict-meta');
  host.dataset.bounce = String(d.bounce);
  host.dataset.kind = d.kind;
  host.dataset.reasons = d.recipients.map((r) => r.reason).join(' ');
  host.dataset.origin = origin;
  host.textContent = `${app.t[ORIGIN_LABEL[origin]]}${label ? ` — ${label}` : ''}`;
}

async function diagnoseCandidates(app: App, candidates: Candidate[]): Promise<{ d: Diagnosis; c: Candidate } | null> {
  let first: { d: Diagnosis; c: Candidate } | null = null;
  for (const c of candidates) {
    const d = await diagnose(c.input);
    if (!first) first = { d, c };
    if (d.bounce) return { d, c };
    if (d.unreadable) app.notes.push(`${c.origin} ${c.label}: ${d.unreadable}`);
  }
  return first;
}

async function fromOpenItem(app: App): Promise<void> {
  const meta = el<HTMLElement>('bd-verdict-meta');
  for (const k of Object.keys(meta.dataset)) if (k !== 'bd') delete meta.dataset[k];
  meta.textContent = '';
  app.pane.setNotice(app.t.reading);
  const r = await readOpenItem(app.item, app.caps);
  app.itemRead = r;
  app.notes.push(...r.notes);
  app.panel.setItem(r.info);
  if (r.info.quotaClass) {
    let body = '';
    try {
      body = app.item ? await call<string>((cb) => app.item!.body.getAsync('text' as Office.CoercionType, cb), 'body.getAsync') : '';
    } catch (e) {
      app.notes.push(`quota mail body: ${(e as Error).message}`);
    }
    const q = quotaFromMail(r.info.quotaClass, body, app.config.quotaMb ? app.config.quotaMb * 1024 * 1024 : null);
    if (!q.measured) app.notes.push('quota mail: no sizes found in the text; level taken from the message class');
    app.pane.showQuota({ used: q.used, limit: q.limit, level: q.level });
    app.pane.setNotice(null);
    el<HTMLElement>('bd-verdict-meta').dataset.quota = q.level;
    const b = await bannerForQuota({ used: q.used, limit: q.limit, level: q.level }, app.locale, app.config);
    await banner(app, 'bdQuota', b?.text ?? null);
    return;
  }
  if (r.info.isReport) {
    meta.dataset.report = 'true';
    app.pane.setNotice(`${app.t.itemIsReport} ${app.t.reportHint} ${app.graph ? app.t.reportHintGraph : app.t.reportHintNoGraph}`);
    return;
  }
  const attachments = r.candidates.filter((c) => c.origin === 'attachment');
  const found = await diagnoseCandidates(app, r.candidates.filter((c) => c.origin !== 'attachment'));
  // The whole item as EML already contains its attachments; look at them separately only if that found nothing.
  const best = found?.d.bounce ? found : ((await diagnoseCandidates(app, attachments)) ?? found);
  if (best && best.d.bounce) {
    showVerdict(app, best.d, best.c.origin, best.c.label);
    app.pane.setNotice(null);
    await banner(app, 'bdVerdict', (await bannerForDiagnosis(best.d, app.locale, app.config))?.text ?? null);
  } else {
    el<HTMLElement>('bd-verdict-meta').dataset.bounce = 'false';
    app.pane.setNotice(app.t.notBounce);
    await banner(app, 'bdVerdict', null);
  }
}

async function fromUser(app: App, c: Candidate): Promise<void> {
  app.pane.setNotice(app.t.reading);
  const d = await diagnose(c.input);
  if (!d.bounce && d.kind === 'none') {
    el<HTMLElement>('bd-verdict-meta').dataset.bounce = 'false';
    app.pane.setNotice(d.unreadable ? app.t.unreadable : app.t.notBounce);
    return;
  }
  showVerdict(app, d, c.origin, c.label);
  app.pane.setNotice(null);
}

async function fromFile(app: App, file: File): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (file.name.toLowerCase().endsWith('.msg') || (bytes[0] === 0xd0 && bytes[1] === 0xcf)) {
    // .msg support (and msgreader behind it) loads only when someone drops one.
    const { msgToRfc822 } = await import('../source/msg.js');
    const m = await msgToRfc822(bytes);
    if (!m.text) {
      app.notes.push(`${file.name}: ${m.reason}`);
      app.pane.setNotice(app.t.unreadable);
      renderDiagnostics(app);
      return;
    }
    return fromUser(app, { origin: 'drop', label: file.name, input: m.text });
  }
  return fromUser(app, { origin: 'drop', label: file.name, input: bytes });
}

async function graphList(app: App): Promise<void> {
  if (!app.graph) return;
  const { listRecentNdrs, getMime } = await import('../graph/client.js');
  try {
    const list = await listRecentNdrs(app.graph, 10);
    app.panel.showNdrList(list, async (id, subject) => {
      try {
        await fromUser(app, { origin: 'graph', label: subject, input: await getMime(app.graph!, id) });
      } catch (e) {
        app.notes.push((e as Error).message);
        renderDiagnostics(app);
      }
    });
  } catch (e) {
    app.notes.push((e as Error).message);
    app.panel.showGraphError();
  }
  renderDiagnostics(app);
}

/** From an ordinary sent message: its bounces among recent NDRs, matched on the original Message-ID. */
async function graphOwnBounces(app: App): Promise<void> {
  const mid = app.itemRead?.info.internetMessageId;
  if (!app.graph || !mid) return;
  const { listRecentNdrs, getMime } = await import('../graph/client.js');
  try {
    const list = await listRecentNdrs(app.graph, 20);
    for (const n of list) {
      const d = await diagnose(await getMime(app.graph, n.id));
      if (d.bounce && d.original?.messageId && d.original.messageId.replace(/[<>]/g, '') === mid.replace(/[<>]/g, '')) {
        showVerdict(app, d, 'graph', n.subject);
        renderDiagnostics(app);
        return;
      }
    }
    app.pane.setNotice(app.t.graphNoneForItem);
  } catch (e) {
    app.notes.push((e as Error).message);
  }
  renderDiagnostics(app);
}

function renderDiagnostics(app: App): void {
  const pre = el<HTMLElement>('bd-diag-text');
  const lines = [
    ...fallbackReasons(app.caps).map((r) => `fallback ${r}`),
    ...(app.graph ? [] : [`graph: ${graphReason}`]),
    ...app.notes,
  ];
  pre.textContent = lines.join('\n');
}

let graphReason = '';

async function start(inOffice: boolean): Promise<void> {
  const profile = profileFrom(location.search);
  const compose = new URLSearchParams(location.search).get('mode') === 'compose';
  const { config, outlook, errors } = await loadConfig(profile);
  const caps = detectCapabilities(inOffice ? Office.context?.requirements : undefined);
  const locale = hostLocale(config);
  const t = paneStrings(locale);
  document.documentElement.lang = locale;
  const g = graphFromSettings(outlook, caps.nestedAppAuth.available);
  graphReason = g.reason;
  const item = inOffice ? ((Office.context.mailbox?.item as Office.MessageRead | undefined) ?? null) : null;
  const app: App = { pane: null as unknown as PaneController, panel: null as unknown as SourcePanel, caps, config, locale, t, graph: g.options, notes: [], item, itemRead: null };
  // The Outlook chrome follows the language switch of the shared pane.
  const chrome = () => {
    document.documentElement.lang = app.locale;
    el<HTMLElement>('bd-diag-summary').textContent = app.t.diagnostics;
    app.panel = buildSourcePanel(el('bd-source'), app.t, {
      graphAvailable: !!app.graph,
      onFile: (f) => fromFile(app, f).then(() => renderDiagnostics(app)),
      onPaste: (text) => fromUser(app, { origin: 'paste', label: '', input: text }).then(() => renderDiagnostics(app)),
      onGraphList: () => graphList(app),
      onGraphOwn: () => graphOwnBounces(app),
    });
    if (app.itemRead) app.panel.setItem(app.itemRead.info);
  };
  app.pane = createPane(el('bd-pane'), {
    locale, config, configErrors: errors, landmark: 'region',
    onLocaleChange: (l) => {
      app.locale = l;
      app.t = paneStrings(l);
      chrome();
    },
  });
  const pane = app.pane;
  pane.root.ownerDocument.title = 'Bounce Doctor';
  chrome();
  if (compose && item) {
    // In a compose window the checks are what the user came for: show them first.
    document.body.prepend(el('bd-compose'));
    // Loaded only in compose windows: it brings the pre-send wording from the advice catalog.
    const { runComposeCheck } = await import('./compose.js');
    await runComposeCheck(el('bd-compose'), item as unknown as Office.MessageCompose, caps, config, locale, t, app.graph, app.notes);
  } else if (item) {
    await fromOpenItem(app);
    // Pinned pane: follow the selection (Mailbox 1.5). REPORT.* items never arrive here (Outlook's rule).
    try {
      Office.context.mailbox.addHandlerAsync(Office.EventType.ItemChanged, () => {
        app.item = (Office.context.mailbox.item as Office.MessageRead | null) ?? null;
        app.notes = [];
        void fromOpenItem(app).then(() => renderDiagnostics(app));
      });
    } catch (e) {
      app.notes.push(`ItemChanged: ${(e as Error).message}`);
    }
  } else {
    pane.setNotice(null);
  }
  renderDiagnostics(app);
  document.body.dataset.ready = 'true';
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  Office.onReady((info) => void start(!!info && info.host === Office.HostType.Outlook));
} else {
  // Opened outside Outlook (or office.js failed to load): drop and paste still work.
  void start(false);
}
