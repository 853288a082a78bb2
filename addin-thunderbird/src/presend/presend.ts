// The "check before sending" dialog opened by compose.onBeforeSend. It shows each warning in the
// user's language and answers the background with send / back to editing.
import type { PresendReply } from '../protocol.js';
import { warningText } from './text.js';
import { t } from '../strings.js';

declare const browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

async function main(): Promise<void> {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const data = (await browser.runtime.sendMessage({ type: 'bd:presend-data', token })) as PresendReply | null;
  const root = document.getElementById('presend');
  if (!root) return;
  if (!data) { window.close(); return; }
  const locale = data.locale;
  document.documentElement.lang = locale;
  document.title = t(locale, 'presendTitle');
  const h1 = document.createElement('h1');
  h1.textContent = t(locale, 'presendTitle');
  h1.id = 'bd-presend-title';
  const list = document.createElement('ul');
  list.className = 'bd-warnings';
  for (const w of data.warnings) {
    const li = document.createElement('li');
    li.dataset.code = w.code;
    const { title, message } = warningText(w, locale);
    const tt = document.createElement('span');
    tt.className = 'bd-w-title';
    tt.textContent = title;
    const mm = document.createElement('span');
    mm.className = 'bd-w-message';
    mm.textContent = message;
    li.append(tt, mm);
    list.append(li);
  }
  const actions = document.createElement('div');
  actions.className = 'bd-actions';
  const decide = (send: boolean) => {
    // Close from here too: closing the window is also read as "back to editing" by the background.
    void browser.runtime.sendMessage({ type: 'bd:presend-decision', token, send }).finally(() => window.close());
  };
  const back = document.createElement('button');
  back.type = 'button';
  back.id = 'bd-back';
  back.textContent = t(locale, 'presendBack');
  back.addEventListener('click', () => decide(false));
  actions.append(back);
  root.append(h1, list);
  if (data.mode === 'block') {
    const p = document.createElement('p');
    p.className = 'bd-blocked';
    p.textContent = t(locale, 'presendBlocked');
    root.append(p);
  } else {
    const send = document.createElement('button');
    send.type = 'button';
    send.id = 'bd-send-anyway';
    send.textContent = t(locale, 'presendSendAnyway');
    send.addEventListener('click', () => decide(true));
    actions.append(send);
  }
  root.append(actions);
  back.focus();
  document.body.dataset.ready = 'true';
}

void main();
