import { describe, expect, it } from 'vitest';
import type { RecipientRecord } from '../types.js';
import { findReplyCode, findStatus, isStatus, squash } from '../text/index.js';
import { findCommand } from '../report/command.js';
import { preferStatus } from '../report/prefer-status.js';
import { dropRepeatedCodes } from '../report/continuation.js';
import { type Block, type BlockExtra, fromBlock, merge, section, sectionAfter } from './mta-text.js';

/** fromBlock as it was written with a spread: the record must come out the same, key order included. */
function oldFromBlock(b: Block, extra: Partial<RecipientRecord> = {}): RecipientRecord {
  const diagnostic = extra.diagnostic ?? dropRepeatedCodes(squash(b.lines.join(' ')));
  const status = findStatus(diagnostic);
  return {
    address: b.address,
    action: 'failed',
    status: isStatus(status) ? status : null,
    replyCode: findReplyCode(diagnostic),
    remoteMta: null,
    command: findCommand(diagnostic) ?? findCommand(b.lines.join('\n')),
    ...extra,
    diagnostic,
  };
}

/** merge's old lookup: a lowercase of both addresses per comparison. */
function oldMerge(dsn: RecipientRecord[], text: RecipientRecord[], preferText: boolean | 'contains' | 'all' = true): RecipientRecord[] {
  if (!dsn.length) return text;
  return dsn.map((r) => {
    const t = text.find((x) => x.address.toLowerCase() === r.address.toLowerCase()) ?? (text.length === 1 && dsn.length === 1 ? text[0] : undefined);
    if (!t) return r;
    if (preferText === 'all') return { ...r, ...t, address: r.address, action: r.action ?? t.action, remoteMta: t.remoteMta ?? r.remoteMta };
    return {
      ...r,
      diagnostic: preferText === true ? t.diagnostic || r.diagnostic : r.diagnostic || t.diagnostic,
      status: preferStatus(r.status, t.status, r.replyCode ?? t.replyCode),
      replyCode: r.replyCode ?? t.replyCode,
      command: t.command ?? r.command,
      reason: r.reason ?? t.reason ?? null,
      detail: r.detail ?? t.detail ?? null,
    };
  });
}

const LINES: string[][] = [
  [],
  [''],
  ['host mx.example.jp[192.0.2.1] said: 550 5.1.1 <a@example.jp>: Recipient address rejected (in reply'],
  ['host mx said: 550 5.1.1 user unknown (in reply', ' to RCPT TO command)'],
  ['550-5.7.1 This message does not have', '550-5.7.1 authentication information', '550 5.7.1 or fails'],
  ['  \t', 'İ KELVIN \u212a ſ', 'x'.repeat(3000)],
  ['(in reply to end of DATA command)'],
];
const EXTRAS: (BlockExtra | undefined)[] = [undefined, {}, { action: 'delayed' }, { diagnostic: 'given words 421 4.4.1' }, { diagnostic: '' }, { action: 'delayed', diagnostic: 'x' }];

describe('fromBlock', () => {
  it('gives the record the spread gave, key order included', () => {
    for (const lines of LINES) {
      for (const extra of EXTRAS) {
        const b = { address: 'a@example.jp', lines };
        expect(JSON.stringify(fromBlock(b, extra))).toBe(JSON.stringify(oldFromBlock(b, extra)));
      }
    }
  });
});

describe('merge', () => {
  const rec = (address: string, diagnostic: string, more: Partial<RecipientRecord> = {}): RecipientRecord => ({
    address, action: 'failed', status: null, replyCode: null, remoteMta: null, diagnostic, command: null, ...more,
  });
  it('pairs each DSN record with the first text record of the same address, whatever its case', () => {
    const cases: [RecipientRecord[], RecipientRecord[]][] = [
      [[], [rec('a@x.jp', 't')]],
      [[rec('A@X.jp', 'd')], []],
      [[rec('A@X.jp', 'd')], [rec('b@x.jp', 't')]],
      [[rec('A@X.jp', 'd'), rec('b@x.jp', '')], [rec('a@x.JP', 't1', { command: 'RCPT' }), rec('a@x.jp', 't2'), rec('B@x.jp', 't3', { reason: 'userunknown' })]],
      [[rec('\u212a@x.jp', 'd')], [rec('k@x.jp', 't'), rec('\u212a@X.JP', 'u')]],
      [[rec('i@x.jp', 'd'), rec('İ@x.jp', 'e')], [rec('İ@x.jp', 't'), rec('i̇@x.jp', 'u')]],
    ];
    for (const [dsn, text] of cases) {
      for (const prefer of [true, false, 'all'] as const) {
        expect(JSON.stringify(merge(dsn, text, prefer))).toBe(JSON.stringify(oldMerge(dsn, text, prefer)));
      }
    }
  });
});

/** section as it was: the whole text split into lines first. */
function oldSection(text: string, start: RegExp | null, end: RegExp | null, maxLines = 400): string[] {
  const lines = text.split('\n');
  let i = 0;
  if (start) {
    while (i < lines.length && !start.test(lines[i]!)) i++;
    if (i >= lines.length) return [];
    i++;
  }
  const out: string[] = [];
  for (; i < lines.length && out.length < maxLines; i++) {
    if (end && end.test(lines[i]!)) break;
    out.push(lines[i]!);
  }
  return out;
}

/** Texts made of the pieces sections are cut at, in random order (seeded: the same every run). */
function sectionTexts(): string[] {
  const pieces = ['\n', '\n', 'a', ' ', '\r', '---- Transcript of session follows ----', '- transcript of session follows', 'end', '\u2028', 'END here', '--', 'x'];
  const texts = ['', '\n', '\n\n', 'end', '\nend', 'end\n', '- transcript of session follows', '- transcript of session follows\n', 'a\n- Transcript of session follows\nb\nend\nc'];
  let seed = 7;
  const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  for (let k = 0; k < 400; k++) {
    let t = '';
    for (let j = rnd(14); j > 0; j--) t += pieces[rnd(pieces.length)];
    texts.push(t);
  }
  return texts;
}

describe('section', () => {
  it('cuts the lines the split text gave', () => {
    const starts = [null, /- ?transcript of session follows/i, /^a$/, /^\s*$/];
    const ends = [null, /^end/i, /^\s*$/, /-{2,}/];
    for (const text of sectionTexts()) {
      for (const start of starts) {
        for (const end of ends) {
          for (const max of [400, 2, 0]) expect(section(text, start, end, max)).toEqual(oldSection(text, start, end, max));
        }
      }
    }
  });
  it('sectionAfter, for a start within one line, is section', () => {
    for (const text of sectionTexts()) {
      for (const end of [null, /^end/i, /^\s*$/]) {
        for (const start of [/- ?transcript of session follows/i, /end here/i, /x/]) {
          expect(sectionAfter(text, start, end, 3)).toEqual(oldSection(text, start, end, 3));
          expect(sectionAfter(text, start, end)).toEqual(oldSection(text, start, end));
        }
      }
    }
  });
});
