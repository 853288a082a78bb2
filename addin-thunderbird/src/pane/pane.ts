// The pane (message-header button popup, toolbar button popup, or a small window opened from the
// banner / the message list menu): the shared pane for the message's diagnosis, then one quota meter
// per account, with an honest line for accounts whose server reports no quota.
import { createPane, quotaView, uiStrings } from '@bounce-doctor/core/ui';
import * as advice from '../../../shared/src/advice/index.js';
import type { PaneReply } from '../protocol.js';
import { thresholdsOf, type AccountQuota } from '../background/quota-watch.js';
import { t } from '../strings.js';
import type { Locale } from '../core.js';

declare const browser: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  tabs: { query(q: Record<string, unknown>): Promise<{ id?: number }[]> };
};

function accountBlock(doc: Document, q: AccountQuota, reply: PaneReply, locale: Locale): HTMLElement {
  const box = doc.createElement('section');
  box.className = 'bd-account';
  box.dataset.accountId = q.accountId;
  box.dataset.level = q.level;
  const h = doc.createElement('h3');
  h.textContent = q.name;
  box.append(h);
  if (q.status !== 'reported' || q.used === null || q.limit === null) {
    const p = doc.createElement('p');
    p.className = 'bd-muted bd-no-quota';
    p.textContent = t(locale, q.status === 'not-imap' ? 'quotaNotImap' : 'quotaNone');
    box.append(p);
    return box;
  }
  const level = q.level === 'unknown' ? 'ok' : q.level;
  // What to do, with the org's upgrade path and helpdesk, straight from the advice catalog.
  const a = level === 'ok' ? null : advice.quotaAdvice(level, { used: q.used, limit: q.limit }, locale, reply.config);
  const view = a ? { title: a.title, text: a.text, steps: a.steps, links: a.links } : null;
  box.append(quotaView({ used: q.used, limit: q.limit, level }, level, thresholdsOf(reply.config), view, locale, uiStrings(locale)));
  return box;
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const idParam = params.get('messageId');
  let request: { type: 'bd:pane'; messageId?: number; tabId?: number } = { type: 'bd:pane' };
  if (idParam && /^\d+$/.test(idParam)) request = { type: 'bd:pane', messageId: Number(idParam) };
  else {
    // Opened as a toolbar popup: the message is the one shown in the active tab of this window.
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) request = { type: 'bd:pane', tabId: tab.id };
  }
  const reply = (await browser.runtime.sendMessage(request)) as PaneReply;
  const locale = reply.locale;
  document.documentElement.lang = locale;
  const root = document.getElementById('pane');
  const accounts = document.getElementById('accounts');
  if (!root || !accounts) return;
  const pane = createPane(root, { locale, config: reply.config, configErrors: reply.configErrors, views: ['diagnosis', 'guide'] });
  if (reply.diagnosis && reply.diagnosis.kind !== 'none') pane.showDiagnosis(reply.diagnosis);
  else if (reply.messageId === null) pane.setNotice(t(locale, 'noMessage'));
  else pane.showDiagnosis(reply.diagnosis);

  const heading = document.createElement('h2');
  heading.textContent = t(locale, 'quotaTitle');
  accounts.append(heading, ...reply.quotas.map((q) => accountBlock(document, q, reply, locale)));
  document.body.dataset.ready = 'true';
}

void main();
