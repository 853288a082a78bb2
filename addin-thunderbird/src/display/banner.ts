// Message display script: runs inside the displayed message's document. It asks the background for
// this message's verdict and puts one line at the top of the message. Text only (textContent), no
// HTML from the bounce. Idempotent: the registered script and the start-up injection may both run.
import type { BannerReply } from '../protocol.js';
import { renderBanners } from './render.js';

declare const browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

const FLAG = '__bounceDoctorBanner';
const w = window as unknown as Record<string, unknown>;

if (!w[FLAG]) {
  w[FLAG] = true;
  void (async () => {
    const asked = performance.now();
    let reply: BannerReply | null;
    try {
      reply = (await browser.runtime.sendMessage({ type: 'bd:banner' })) as BannerReply | null;
    } catch {
      reply = null; // background unavailable: show nothing rather than a broken banner
    }
    if (!reply) return;
    // Registered for document_start so the question overlaps the message's own loading.
    if (!document.body) await new Promise<void>((r) => document.addEventListener('DOMContentLoaded', () => r(), { once: true }));
    renderBanners(document, reply, {
      open: () => { void browser.runtime.sendMessage({ type: 'bd:open-pane' }); },
      dismissQuota: (accountId) => { void browser.runtime.sendMessage({ type: 'bd:quota-dismiss', accountId }); },
    }, { askedAt: asked });
  })();
}
