// The scorer against hand-made labels and results: matching by address then position, mac/ twins,
// not/ negatives, mbox message numbers, the reviewed list; and, where python3 and the team's hook are
// present, the same per-set figures as ../shared/hooks/score-corpus.py.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexResults, loadReviewed, pct, score, type Label } from './scoring.mjs';

const v = (msg: number, recipient: string, reason: string) => ({ msg, recipient, reason, status: null });
const labels: Label[] = [
  { file: 'bsd/a.eml', set: 'bsd', messages: 1, verdicts: [v(1, 'a@example.jp', 'userunknown')] },
  { file: 'bsd/b.eml', set: 'bsd', messages: 1, verdicts: [v(1, 'x@example.jp', 'mailboxfull'), v(1, 'y@example.jp', 'filtered')] },
  { file: 'bsd/c.eml', set: 'bsd', messages: 1, verdicts: [v(1, 'c@example.jp', 'expired')] },
  { file: 'bsd/unlabelled.eml', set: 'bsd', messages: 1, verdicts: [] },
  { file: 'dos/a.eml', set: 'dos', messages: 1, verdicts: [v(1, 'a@example.jp', 'userunknown')] },
  { file: 'mac/a.eml', set: 'mac', messages: 1, verdicts: [], newline_variant_of: 'dos/a.eml' },
  { file: 'err/e.eml', set: 'err', messages: 1, verdicts: [v(1, 'e@example.jp', 'suspend')] },
  { file: 'not/n.eml', set: 'not', messages: 1, verdicts: [] },
  { file: 'mbox/m.mbox', set: 'mbox', messages: 2, verdicts: [v(1, 'm1@example.jp', 'userunknown'), v(2, 'm2@example.jp', 'hostunknown')] },
  { file: 'something-is-wrong/s.eml', set: 'something-is-wrong', messages: 1, verdicts: [v(1, 's@example.jp', 'onhold')] },
];
const line = (file: string, index: number, bounce: boolean, rcpts: [string, string][]) =>
  JSON.stringify({ file: `/corpus/${file}`, index, bounce, kind: bounce ? 'failed' : 'none', recipients: rcpts.map(([address, reason]) => ({ address, reason })) });
const results = [
  line('bsd/a.eml', 0, true, [['A@example.jp', 'userunknown']]), // address matched case-insensitively
  line('bsd/b.eml', 0, true, [['other@example.jp', 'mailboxfull'], ['y@example.jp', 'rejected']]), // x by position, y by address
  // bsd/c.eml missing from the output
  line('dos/a.eml', 0, true, [['a@example.jp', 'userunknown']]),
  line('mac/a.eml', 0, true, [['a@example.jp', 'mailboxfull']]), // differs from its twin
  line('err/e.eml', 0, true, [['e@example.jp', 'onhold']]),
  line('not/n.eml', 0, false, []),
  line('mbox/m.mbox', 0, true, [['m1@example.jp', 'userunknown']]),
  line('mbox/m.mbox', 1, true, [['m2@example.jp', 'hostunknown']]),
];

describe('score()', () => {
  const r = score(labels, indexResults(results).byFile);

  it('matches by address, then by position, per message of an mbox', () => {
    expect(r.perSet.bsd).toMatchObject({ agree: 2, total: 4 });
    expect(r.perSet.mbox).toMatchObject({ agree: 2, total: 2 });
    expect(r.confusion).toEqual(expect.arrayContaining([['filtered -> rejected', 1], ['expired -> null', 1], ['suspend -> onhold', 1], ['userunknown -> mailboxfull', 1]]));
    expect(r.missing).toEqual(['bsd/c.eml']);
  });

  it('scores mac/ against its twin and reports the twin mismatch', () => {
    expect(r.perSet.mac).toMatchObject({ agree: 0, total: 1 });
    expect(r.mac).toMatchObject({ consistent: 0, total: 1 });
  });

  it('counts not/ files without labels as negatives and skips something-is-wrong/', () => {
    expect(r.negatives).toMatchObject({ agree: 1, total: 1 });
    expect(r.perSet['something-is-wrong']).toBeUndefined();
  });

  it('computes the headline over bsd+dos+err+tmp', () => {
    expect(r.headline).toMatchObject({ agree: 3, total: 6, reviewed: 0 });
    expect(pct(r.headline.agree, r.headline.total)).toBe('50.0% (3/6)');
  });

  it('settles reviewed files separately and enforces the 2 % limit', () => {
    const reviewed = new Map([['bsd/b.eml', { reason: null, why: 'the DSN says so' }]]);
    const rr = score(labels, indexResults(results).byFile, reviewed);
    expect(rr.headline).toMatchObject({ agree: 3, reviewed: 1, total: 6 });
    expect(rr.reviewed.overLimit).toBe(true); // 2 of 7 verdicts is far over 2 %
  });
});

describe('loadReviewed()', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bd-reviewed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('reads "why", "reason: why" and objects, and names what is wrong', () => {
    const f = join(dir, 'd.json');
    writeFileSync(f, JSON.stringify({ 'bsd/a.eml': 'pipelined: a plain why', 'dos/b.eml': 'userunknown: the DSN says 5.1.1', 'err/c.eml': { reason: 'blocked', why: 'x' }, 'nope.eml': 'x', 'bsd/d.eml': '' }));
    const { entries, problems } = loadReviewed(f);
    expect(entries.get('bsd/a.eml')).toEqual({ reason: null, why: 'pipelined: a plain why' });
    expect(entries.get('dos/b.eml')).toEqual({ reason: 'userunknown', why: 'the DSN says 5.1.1' });
    expect(entries.get('err/c.eml')).toEqual({ reason: 'blocked', why: 'x' });
    expect(problems).toHaveLength(2);
  });
});

const hook = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'hooks', 'score-corpus.py');
const python = spawnSync('python3', ['--version']).status === 0;
describe.skipIf(!python || !existsSync(hook))('agreement with ../shared/hooks/score-corpus.py', () => {
  it('gives the same per-set figures and headline on the same results', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-hook-'));
    try {
      mkdirSync(join(dir, 'bounces'));
      writeFileSync(join(dir, 'bounces', 'expected.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
      writeFileSync(join(dir, 'results.jsonl'), results.join('\n') + '\n');
      const out = spawnSync('python3', [hook, join(dir, 'results.jsonl'), '--bounces', join(dir, 'bounces'), '--json'], { encoding: 'utf8' });
      expect(out.status, out.stderr).toBe(0);
      const theirs = JSON.parse(out.stdout);
      const r = score(labels, indexResults(results).byFile);
      const ours = Object.fromEntries(Object.entries(r.perSet).map(([s, c]) => [s, pct(c.agree, c.total)]));
      // The hook's defaultdict lists sets it only looked up (tmp here) as "n/a".
      const theirSets = Object.fromEntries(Object.entries(theirs.per_set as Record<string, string>).filter(([, x]) => x !== 'n/a'));
      expect(ours).toEqual(theirSets);
      expect(theirs.headline).toBe(pct(r.headline.agree, r.headline.total));
      expect(theirs.negatives_not_called_bounce).toBe(pct(r.negatives.agree, r.negatives.total));
      expect(theirs.files_missing_from_output).toBe(r.missing.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
