// The in-message banners, against a minimal hand-written DOM (no DOM library in the repo): what is
// inserted, in which order, that text stays text, and that a second run adds nothing.
import { describe, expect, it, vi } from 'vitest';
import { BANNER_ID, renderBanners } from '../src/display/render.js';
import type { BannerReply } from '../src/protocol.js';

class FakeElement {
  children: FakeElement[] = [];
  parent: FakeElement | null = null;
  className = '';
  id = '';
  lang = '';
  type = '';
  dataset: Record<string, string> = {};
  attrs: Record<string, string> = {};
  listeners: Record<string, (() => void)[]> = {};
  private text = '';
  constructor(readonly tagName: string, readonly doc: FakeDocument) {}
  set textContent(v: string) { this.text = v; this.children = []; }
  get textContent(): string { return this.text + this.children.map((c) => c.textContent).join(''); }
  setAttribute(k: string, v: string) { this.attrs[k] = v; }
  append(...els: FakeElement[]) { for (const e of els) { e.parent = this; this.children.push(e); } }
  prepend(e: FakeElement) { e.parent = this; this.children.unshift(e); }
  remove() { if (this.parent) this.parent.children = this.parent.children.filter((c) => c !== this); this.parent = null; }
  addEventListener(t: string, f: () => void) { (this.listeners[t] ??= []).push(f); }
  click() { for (const f of this.listeners.click ?? []) f(); }
  all(): FakeElement[] { return [this, ...this.children.flatMap((c) => c.all())]; }
}

class FakeDocument {
  body = new FakeElement('body', this);
  createElement(tag: string) { return new FakeElement(tag.toUpperCase(), this); }
  getElementById(id: string) { return this.body.all().find((e) => e.id === id) ?? null; }
}

const reply = (over: Partial<BannerReply> = {}): BannerReply => ({
  locale: 'en',
  bounce: { tone: 'failed', text: 'Not delivered to <b>a@example.jp</b>: address does not exist.', recipients: ['a@example.jp'] },
  quota: [{ accountId: 'account1', level: 'warn', text: 'Mailbox "alice" is 90% full.', fix: 'Empty Trash.' }],
  labels: { open: 'Details and how to fix', dismiss: 'Dismiss' },
  timing: { rawMs: 3, diagnoseMs: 2, handlerMs: 6 },
  ...over,
});

function render(r: BannerReply, doc = new FakeDocument()) {
  const actions = { open: vi.fn(), dismissQuota: vi.fn() };
  const added = renderBanners(doc as unknown as Document, r, actions, { askedAt: 0 });
  return { doc, actions, added: added as unknown as FakeElement[] };
}

describe('renderBanners', () => {
  it('puts the bounce line first, then the quota warning, above the message', () => {
    const { doc } = render(reply());
    doc.body.append(doc.createElement('p')); // the message body after them
    const top = doc.body.children.map((c) => c.id);
    expect(top.slice(0, 2)).toEqual([BANNER_ID, 'bounce-doctor-quota-account1']);
  });

  it('keeps server text as text (no markup) and records the timing', () => {
    const { doc } = render(reply());
    const b = doc.getElementById(BANNER_ID)!;
    expect(b.textContent).toContain('<b>a@example.jp</b>');
    expect(b.all().some((e) => e.tagName === 'B')).toBe(false);
    expect(b.dataset.bdTone).toBe('failed');
    expect(b.dataset.bdShownMs).toMatch(/^\d+(\.\d)?$/);
    expect(b.dataset.bdDiagnoseMs).toBe('2');
  });

  it('wires the buttons: details opens the pane, dismiss removes the quota warning and reports it', () => {
    const { doc, actions } = render(reply());
    doc.getElementById(BANNER_ID)!.all().find((e) => e.tagName === 'BUTTON')!.click();
    expect(actions.open).toHaveBeenCalledTimes(1);
    const q = doc.getElementById('bounce-doctor-quota-account1')!;
    q.all().find((e) => e.tagName === 'BUTTON')!.click();
    expect(actions.dismissQuota).toHaveBeenCalledWith('account1');
    expect(doc.getElementById('bounce-doctor-quota-account1')).toBeNull();
  });

  it('adds nothing the second time (registered script and start-up injection may both run)', () => {
    const doc = new FakeDocument();
    render(reply(), doc);
    const again = render(reply(), doc);
    expect(again.added).toHaveLength(0);
    expect(doc.body.children).toHaveLength(2);
  });

  it('shows nothing for an ordinary message without quota alerts, and a delay as "delayed"', () => {
    expect(render(reply({ bounce: null, quota: [] })).added).toHaveLength(0);
    const d = render(reply({ bounce: { tone: 'delayed', text: 'Still trying', recipients: ['x@y.jp'] }, quota: [] }));
    expect(d.doc.getElementById(BANNER_ID)!.dataset.bdTone).toBe('delayed');
  });
});
