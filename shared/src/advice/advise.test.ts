import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { REASONS, type Reason } from '../types.js';
import { DETAILS } from '../receivers/details.js';
import { adviceJson, adviseRecipient, catalog } from './index.js';
import type { Advice } from './types.js';
import { CONFIG_URLS, EMPTY_CONFIG, FULL_CONFIG, JAPANESE, diagnosis, recipient } from './test-helpers.js';

const LOCALES = ['ja', 'en'] as const;
const CONFIGS = [['full', FULL_CONFIG], ['empty', EMPTY_CONFIG]] as const;

function texts(a: Advice): string[] {
  return [a.title, a.cause, a.actorLabel, ...a.steps, a.tell?.who ?? '', a.tell?.message ?? '', ...(a.tell?.facts ?? []).flatMap((f) => [f.label, f.value]), ...(a.admin ?? []), ...a.links.map((l) => l.label)];
}

function expectComplete(a: Advice, locale: 'ja' | 'en'): void {
  expect(a.title.trim()).not.toBe('');
  expect(a.cause.trim()).not.toBe('');
  expect(a.actorLabel.trim()).not.toBe('');
  expect(a.steps.length).toBeGreaterThan(0);
  for (const s of texts(a)) {
    expect(s, s).not.toMatch(/\{[A-Za-z]+\}/);
    expect(s, s).not.toMatch(/\bundefined\b|\bnull\b|NaN/);
  }
  for (const s of a.steps) expect(s.trim()).not.toBe('');
  if (locale === 'ja') for (const s of [a.title, a.cause, ...a.steps]) expect(s, s).toMatch(JAPANESE);
}

describe('adviseRecipient', () => {
  for (const locale of LOCALES) {
    for (const [name, config] of CONFIGS) {
      it(`is complete for every reason (${locale}, ${name} config)`, () => {
        for (const reason of REASONS) expectComplete(adviseRecipient(diagnosis([recipient(reason)]), recipient(reason), locale, config), locale);
      });
      it(`is complete for every detail (${locale}, ${name} config)`, () => {
        for (const detail of DETAILS) {
          const r = recipient('filtered', { detail });
          const a = adviseRecipient(diagnosis([r]), r, locale, config);
          expectComplete(a, locale);
          expect(a.detail).toBe(detail);
        }
      });
    }
  }

  it('fills config values where the admin gave them and names none where not', () => {
    const r = recipient('mesgtoobig');
    const full = adviseRecipient(diagnosis([r]), r, 'en', FULL_CONFIG);
    const empty = adviseRecipient(diagnosis([r]), r, 'en', EMPTY_CONFIG);
    expect(full.cause).toContain('20 MB');
    expect(full.steps.join(' ')).toContain('20 MB');
    expect(empty.cause).not.toMatch(/\d+ ?MB/);
    expect(empty.steps.join(' ')).not.toMatch(/\d+ ?MB/);
    const ja = adviseRecipient(diagnosis([r]), r, 'ja', FULL_CONFIG);
    expect(ja.cause).toContain('20MB');
  });

  it('names the helpdesk from the config in the tell section', () => {
    const r = recipient('blocked');
    const a = adviseRecipient(diagnosis([r]), r, 'en', FULL_CONFIG);
    expect(a.tell?.who).toContain('Example Support');
    expect(a.tell?.who).toContain('0120-000-000');
    const b = adviseRecipient(diagnosis([r]), r, 'en', EMPTY_CONFIG);
    expect(b.tell?.who).not.toContain('Example');
    expect(b.tell?.who.length).toBeGreaterThan(5);
  });

  it('keeps the server words verbatim', () => {
    const words = '550 5.1.1 <a@b.example>: Recipient address rejected: <script>alert(1)</script> "quoted" \u3000全角 & {recipient} %s';
    const r = recipient('userunknown', { diagnostic: words });
    for (const locale of LOCALES) {
      const a = adviseRecipient(diagnosis([r]), r, locale, FULL_CONFIG);
      expect(a.serverWords).toBe(words);
      expect(a.tell?.facts.some((f) => f.value === words)).toBe(true);
    }
  });

  it('takes links only from the config, never from the bounce', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REASONS), fc.webUrl({ validSchemes: ['https', 'http'] }), fc.constantFrom<'ja' | 'en'>('ja', 'en'), (reason: Reason, url, locale) => {
        const r = recipient(reason, { diagnostic: `550 see ${url} and javascript:alert(1)`, remoteMta: url });
        const d = diagnosis([r], { bounceSubject: url, original: { subject: url, date: null, messageId: null, from: url, to: [] } });
        const refs = (catalog(locale).reasons[reason]?.refs ?? []).map((l) => l.url);
        for (const config of [FULL_CONFIG, EMPTY_CONFIG]) {
          const a = adviseRecipient(d, r, locale, config);
          for (const l of a.links) expect([...CONFIG_URLS, ...refs]).toContain(l.url);
          if (config === EMPTY_CONFIG) expect(a.links.map((l) => l.url)).toEqual(refs);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives the four facts the helpdesk needs', () => {
    const r = recipient('userunknown');
    const a = adviseRecipient(diagnosis([r]), r, 'en', EMPTY_CONFIG);
    const byLabel = Object.fromEntries((a.tell?.facts ?? []).map((f) => [f.label, f.value]));
    expect(byLabel['Your address']).toBe('hanako@example.com');
    expect(byLabel['Recipient']).toBe('taro.yamada@example.jp');
    expect(byLabel['Sent at']).toBe('Mon, 23 Nov 2026 10:00:00 +0900');
    expect(byLabel['Error text']).toContain('something went wrong');
    // Missing facts say so instead of staying blank.
    const bare = adviseRecipient(diagnosis([r], { original: null }), { ...r, diagnostic: '' }, 'ja', EMPTY_CONFIG);
    for (const f of bare.tell?.facts ?? []) expect(f.value.trim()).not.toBe('');
  });

  it('turns a delay into "still trying" with nobody to act', () => {
    const r = recipient('mailboxfull', { action: 'delayed', temporary: true, willRetryUntil: 'Fri, 27 Nov 2026 10:00:00 +0900' });
    const a = adviseRecipient(diagnosis([r], { kind: 'delayed' }), r, 'en', EMPTY_CONFIG);
    expect(a.actor).toBe('nobody');
    expect(a.temporary).toBe(true);
    expect(a.title).toContain('still trying');
    expect(a.title).toContain('27 Nov 2026');
    expect(a.cause).toContain('mailbox');
    expect(a.stoppedAt).toBe('sender-server');
    const ja = adviseRecipient(diagnosis([r], { kind: 'delayed' }), r, 'ja', EMPTY_CONFIG);
    expect(ja.title).toContain('再送中');
    expect(ja.cause).not.toContain('。 ');
    // A delay labelled "expired" must not claim the server already gave up.
    const e = recipient('expired', { action: 'delayed', temporary: true });
    const ea = adviseRecipient(diagnosis([e], { kind: 'delayed' }), e, 'en', EMPTY_CONFIG);
    expect(ea.cause).not.toMatch(/gave up/);
    expect(ea.title).toContain('still trying');
  });

  it('falls back to the reason entry for a detail it does not know, and to onhold for an unknown reason', () => {
    const r = recipient('mailboxfull', { detail: 'made-up-detail' });
    const a = adviseRecipient(diagnosis([r]), r, 'en', EMPTY_CONFIG);
    expect(a.title).toContain('mailbox is full');
    const odd = recipient('nonsense' as Reason);
    const b = adviseRecipient(diagnosis([odd]), odd, 'en', EMPTY_CONFIG);
    expect(b.title).toContain('reason unclear');
  });

  it('says who acts: the recipient for a full mailbox, your admin for a blocklist', () => {
    const a = adviseRecipient(diagnosis([recipient('mailboxfull')]), recipient('mailboxfull'), 'en', EMPTY_CONFIG);
    expect(a.actor).toBe('recipient');
    expect(a.stoppedAt).toBe('recipient-mailbox');
    const b = adviseRecipient(diagnosis([recipient('blocked')]), recipient('blocked'), 'ja', FULL_CONFIG);
    expect(b.actor).toBe('sender-admin');
    expect(b.actorLabel).toContain('Example ISP');
    expect(b.admin?.length).toBeGreaterThan(0);
  });

  it('labels "nobody" as still trying only for delays', () => {
    const v = adviseRecipient(diagnosis([recipient('vacation')], { kind: 'vacation' }), recipient('vacation'), 'en', EMPTY_CONFIG);
    expect(v.actor).toBe('nobody');
    expect(v.actorLabel).toMatch(/nothing needs/);
    const r = recipient('networkerror', { action: 'delayed' });
    expect(adviseRecipient(diagnosis([r], { kind: 'delayed' }), r, 'ja', EMPTY_CONFIG).actorLabel).toContain('再送中');
  });

  it('adviceJson is exactly the CLI subset', () => {
    const a = adviseRecipient(diagnosis([recipient('hostunknown')]), recipient('hostunknown'), 'en', FULL_CONFIG);
    expect(Object.keys(adviceJson(a)).sort()).toEqual(['actor', 'cause', 'steps', 'temporary', 'title']);
    expect(adviceJson(a).steps).toEqual(a.steps);
  });

  it('never throws on odd recipients', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.option(fc.string()), (address, diagnostic, detail) => {
        const r = recipient('onhold', { address, diagnostic, detail });
        const a = adviseRecipient(diagnosis([r], { original: null }), r, 'ja', null);
        expect(a.title.length).toBeGreaterThan(0);
        expect(a.serverWords).toBe(diagnostic);
      }),
      { numRuns: 200 },
    );
  });
});
