// One test per row of docs/seed-coverage.md: each problem the seed help pages describe, and the words
// Bounce Doctor shows for it, in both languages, with a full org config (so config values must appear).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Reason } from '../types.js';
import { adviseRecipient, guide, precheckText, quotaAdvice } from './index.js';
import type { Advice } from './types.js';
import { FULL_CONFIG, diagnosis, recipient } from './test-helpers.js';
import rows from './seed-coverage.json';

interface Row {
  id: string;
  seeds: string;
  problem: string;
  where: string[];
  says: string;
  en: string[];
  ja: string[];
}

function adviceText(a: Advice): string {
  return [a.title, a.cause, ...a.steps, a.tell?.who ?? '', a.tell?.message ?? '', ...(a.tell?.facts ?? []).map((f) => f.label), ...(a.admin ?? [])].join('\n');
}

/** Everything the product shows for one place ("reason:x", "detail:x", "guide:item"...). */
function textAt(where: string, locale: 'ja' | 'en'): string {
  const [kind, key] = where.split(':') as [string, string];
  switch (kind) {
    case 'reason':
    case 'tell': {
      const r = recipient(key as Reason);
      return adviceText(adviseRecipient(diagnosis([r]), r, locale, FULL_CONFIG));
    }
    case 'detail': {
      const r = recipient('filtered', { detail: key });
      return adviceText(adviseRecipient(diagnosis([r]), r, locale, FULL_CONFIG));
    }
    case 'delayed': {
      const r = recipient(key as Reason, { action: 'delayed', temporary: true });
      return adviceText(adviseRecipient(diagnosis([r], { kind: 'delayed' }), r, locale, FULL_CONFIG));
    }
    case 'guide': {
      const item = guide(locale, FULL_CONFIG).items.find((i) => i.id === key);
      if (!item) throw new Error(`no guide item ${key}`);
      return [item.title, item.body, ...item.steps].join('\n');
    }
    case 'quota': {
      const q = quotaAdvice(key, { used: 97, limit: 100 }, locale, FULL_CONFIG);
      return [q.title, q.text, ...q.steps].join('\n');
    }
    case 'precheck': {
      const t = precheckText(key, { address: 'a..b.@example.jp', sizeMb: 25, limitMb: FULL_CONFIG.maxMessageSizeMb, carrier: 'docomo' }, locale);
      return [t.title, t.message].join('\n');
    }
    default:
      throw new Error(`unknown place ${where}`);
  }
}

const ROWS = rows as Row[];

describe('seed coverage', () => {
  it.each(ROWS.map((r) => [`${r.id} ${r.problem}`, r] as const))('%s', (_name, row) => {
    for (const locale of ['en', 'ja'] as const) {
      const text = row.where.map((w) => textAt(w, locale)).join('\n');
      for (const p of row[locale]) expect(text, `${row.id} ${locale}: /${p}/`).toMatch(new RegExp(p));
    }
  });

  it('the table in docs/seed-coverage.md lists exactly these rows', () => {
    const md = readFileSync(new URL('../../../docs/seed-coverage.md', import.meta.url), 'utf8');
    const ids = Array.from(md.matchAll(/^\| (R\d\d|G\d\d) \|/gm), (m) => m[1]);
    expect(ids).toEqual(ROWS.map((r) => r.id));
    for (const r of ROWS) expect(md, r.id).toContain(`seed coverage › ${r.id}`);
  });
});
