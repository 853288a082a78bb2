// DOM for the in-message banners, kept apart from the messaging so it can be tested with a DOM.
import type { BannerReply } from '../protocol.js';

export interface BannerActions {
  open: () => void;
  dismissQuota: (accountId: string) => void;
}

export const BANNER_ID = 'bounce-doctor-banner';
export const QUOTA_BANNER_ID = 'bounce-doctor-quota';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * Inserts the bounce banner and the quota banners at the top of the body. Returns the elements
 * added. data-bd-shown-ms records performance.now() at insertion (ms since the message document
 * started), which the e2e run reads as "time from display to banner".
 */
export function renderBanners(doc: Document, reply: BannerReply, actions: BannerActions, timing: { askedAt: number } | null = null): HTMLElement[] {
  const added: HTMLElement[] = [];
  const body = doc.body;
  if (!body) return added;
  const lang = reply.locale;

  for (const q of reply.quota) {
    if (doc.getElementById(`${QUOTA_BANNER_ID}-${q.accountId}`)) continue;
    const box = el(doc, 'div', `bd-banner bd-quota bd-${q.level}`);
    box.id = `${QUOTA_BANNER_ID}-${q.accountId}`;
    box.setAttribute('role', 'alert');
    box.lang = lang;
    box.dataset.bdLevel = q.level;
    const textBox = el(doc, 'div', 'bd-text');
    textBox.append(el(doc, 'strong', 'bd-line', q.text), el(doc, 'span', 'bd-fix', q.fix));
    const dismiss = el(doc, 'button', 'bd-button bd-dismiss', reply.labels.dismiss);
    dismiss.type = 'button';
    dismiss.addEventListener('click', () => { box.remove(); actions.dismissQuota(q.accountId); });
    box.append(textBox, dismiss);
    added.push(box);
  }

  if (reply.bounce && !doc.getElementById(BANNER_ID)) {
    const b = reply.bounce;
    const box = el(doc, 'div', `bd-banner bd-bounce bd-${b.tone}`);
    box.id = BANNER_ID;
    box.setAttribute('role', 'status');
    box.lang = lang;
    box.dataset.bdTone = b.tone;
    const icon = el(doc, 'span', 'bd-icon', b.tone === 'delayed' ? '⏳' : '⚠');
    icon.setAttribute('aria-hidden', 'true');
    const line = el(doc, 'span', 'bd-line', b.text);
    const open = el(doc, 'button', 'bd-button bd-open', reply.labels.open);
    open.type = 'button';
    open.addEventListener('click', () => actions.open());
    box.append(icon, line, open);
    added.push(box);
  }

  // Bounce first (it is about this message), then quota warnings, all above the message.
  const bounceBox = added.find((e) => e.id === BANNER_ID);
  const ordered = bounceBox ? [bounceBox, ...added.filter((e) => e !== bounceBox)] : added;
  for (const e of [...ordered].reverse()) body.prepend(e);
  if (timing) {
    const now = performance.now();
    for (const e of added) {
      e.dataset.bdShownMs = now.toFixed(1);
      e.dataset.bdWaitMs = (now - timing.askedAt).toFixed(1);
      if (reply.timing) {
        e.dataset.bdRawMs = String(reply.timing.rawMs);
        e.dataset.bdDiagnoseMs = String(reply.timing.diagnoseMs);
        e.dataset.bdHandlerMs = String(reply.timing.handlerMs);
      }
    }
  }
  return added;
}
