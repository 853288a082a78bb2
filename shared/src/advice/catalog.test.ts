// The catalogs are complete: every reason and detail, both languages, no empty or untranslated text,
// and only placeholders the code can fill.
import { describe, expect, it } from 'vitest';
import { REASONS } from '../types.js';
import { DETAILS } from '../receivers/details.js';
import { catalog, guideCatalog, type Catalog, type Entry } from './catalog.js';
import { placeholders, render, type Variants } from './template.js';
import { configVars } from './vars.js';
import { EMPTY_CONFIG, JAPANESE } from './test-helpers.js';
import { PRECHECK_CODES } from './precheck.js';

const ACTORS = ['sender', 'recipient', 'sender-admin', 'recipient-admin', 'nobody'];
const STOPS = ['sender', 'sender-server', 'recipient-server', 'recipient-mailbox', 'unknown'];
// Every name the code can supply (vars.ts configVars + advise.ts recipientVars + quota/precheck/summary).
const KNOWN = new Set([
  ...Object.keys(configVars(EMPTY_CONFIG, 'en', catalog('en'))),
  'recipient', 'domain', 'retryUntil', 'remoteMta', 'status', 'from', 'percent',
  'address', 'size', 'limit', 'carrier', 'short', 'more', 'count', 'trying', 'n', 'name', 'extras', 'value',
]);
// Values that exist even with an empty config: the recipient's own, and config fields with defaults.
const ALWAYS = { recipient: 'a@b.example', domain: 'b.example', submissionPort: '587', quotaWarnPercent: '80', quotaCriticalPercent: '95' };

/** Every string inside a Variants value, nulls left out. */
function strings(v: Variants | undefined): string[] {
  if (v === undefined) return [];
  return (typeof v === 'string' ? [v] : v).filter((s): s is string => s !== null);
}

function entryTexts(e: Entry): string[] {
  return [e.short, ...strings(e.title), ...strings(e.cause), ...e.steps.flatMap(strings), ...(e.tell ? strings(e.tell.say) : []), ...(e.admin ?? []).flatMap(strings)];
}

function allTexts(c: Catalog): string[] {
  const g = guideCatalog(c.locale);
  return [
    ...Object.values(c.actors).flatMap(strings), ...Object.values(c.tellWho).flatMap(strings),
    ...Object.values(c.facts), ...Object.values(c.links),
    c.delayed.short, ...strings(c.delayed.title), ...strings(c.delayed.cause), c.delayed.reasonLead, ...c.delayed.steps.flatMap(strings),
    ...Object.values(c.reasons).flatMap(entryTexts), ...Object.values(c.details).flatMap(entryTexts),
    ...Object.values(c.summary).flatMap(strings),
    ...Object.values(c.quota.levels).flatMap((q) => [...strings(q.title), ...strings(q.text), ...q.steps.flatMap(strings)]), ...c.quota.common.flatMap(strings),
    ...Object.values(c.precheck).flatMap((p) => [...strings(p.title), ...strings(p.message)]),
    g.title, g.intro, ...g.sections.flatMap((s) => [s.title, ...s.items.flatMap((it) => [...strings(it.title), ...strings(it.cause), ...it.steps.flatMap(strings)])]),
  ];
}

describe.each(['ja', 'en'] as const)('%s catalog', (locale) => {
  const c = catalog(locale);

  it('has a complete entry for every reason of the contract', () => {
    expect(Object.keys(c.reasons).sort()).toEqual([...REASONS].sort());
  });

  it('has a complete entry for every detail the receivers can emit', () => {
    for (const d of DETAILS) expect(Object.keys(c.details), d).toContain(d);
  });

  it.each([...Object.entries(c.reasons), ...Object.entries(c.details)])('%s: every field is present and meaningful', (_key, e) => {
    expect(e.short.trim()).not.toBe('');
    expect(ACTORS).toContain(e.actor);
    expect(STOPS).toContain(e.stoppedAt);
    expect(typeof e.temporary).toBe('boolean');
    expect(e.steps.length).toBeGreaterThan(0);
    // Title, cause and the tell message must render with nothing but the recipient's own values.
    expect(render(e.title, ALWAYS), 'title').toBeTruthy();
    expect(render(e.cause, ALWAYS), 'cause').toBeTruthy();
    if (e.tell) {
      expect(['recipient', 'helpdesk', 'recipient-admin']).toContain(e.tell.who);
      expect(render(e.tell.say, ALWAYS)).toBeTruthy();
    }
    // At least one step survives an empty config.
    expect(e.steps.some((s) => render(s, ALWAYS))).toBe(true);
  });

  it('references only https pages of the providers it names', () => {
    const allowed = ['sender.office.com', 'sendersupport.olc.protection.outlook.com', 'senders.yahooinc.com', 'check.spamhaus.org'];
    for (const e of [...Object.values(c.reasons), ...Object.values(c.details)]) {
      for (const l of e.refs ?? []) {
        const u = new URL(l.url);
        expect(u.protocol).toBe('https:');
        expect(allowed).toContain(u.hostname);
        expect(l.label.trim()).not.toBe('');
      }
    }
  });

  it('has no empty strings anywhere', () => {
    for (const s of allTexts(c)) expect(s.trim().length, JSON.stringify(s)).toBeGreaterThan(0);
  });

  it('uses only placeholders the code can fill', () => {
    for (const s of allTexts(c)) for (const p of placeholders(s)) expect(KNOWN.has(p), `{${p}} in ${s}`).toBe(true);
  });

  it('has a title and message for every pre-send check', () => {
    for (const code of PRECHECK_CODES) {
      expect(c.precheck[code], code).toBeDefined();
      expect(render(c.precheck[code]!.title, {}), code).toBeTruthy();
      expect(render(c.precheck[code]!.message, {}), code).toBeTruthy();
    }
  });

  it('has every quota level and the guide sections the product promises', () => {
    expect(Object.keys(c.quota.levels).sort()).toEqual(['critical', 'full', 'ok', 'unknown', 'warn']);
    const ids = guideCatalog(locale).sections.map((s) => s.id);
    for (const id of ['send-not-receive', 'receive-not-send', 'neither', 'own-address', 'not-addressed-to-me', 'recipient-got-nothing']) expect(ids).toContain(id);
  });
});

describe('ja and en agree', () => {
  const ja = catalog('ja');
  const en = catalog('en');

  it('every Japanese string is Japanese (no English left untranslated)', () => {
    // A string that is only a placeholder ("{helpdesk}") carries the admin's own words: nothing to translate.
    const notJa = allTexts(ja).map((s) => s.replace(/\{[A-Za-z]+\}/g, '').trim()).filter((s) => s && !JAPANESE.test(s));
    expect(notJa).toEqual([]);
  });

  it('English strings contain no Japanese script', () => {
    expect(allTexts(en).filter((s) => JAPANESE.test(s))).toEqual([]);
  });

  it('actor, temporary and stop point are the same in both languages', () => {
    for (const group of ['reasons', 'details'] as const) {
      for (const [k, e] of Object.entries(en[group])) {
        const j = ja[group][k]!;
        expect(j, k).toBeDefined();
        const shape = (x: Entry) => [x.actor, x.temporary, x.stoppedAt, x.tell?.who ?? null, x.steps.length, (x.links ?? []).join(), (x.refs ?? []).map((l) => l.url).join()];
        expect(shape(j), k).toEqual(shape(e));
      }
    }
  });

  it('the guides have the same items in the same order', () => {
    const ids = (l: 'ja' | 'en') => guideCatalog(l).sections.map((s) => [s.id, s.items.map((i) => [i.id, i.steps.length, (i.links ?? []).join()])]);
    expect(ids('ja')).toEqual(ids('en'));
  });
});
