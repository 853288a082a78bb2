// The real-bounce corpus (../shared/bounces, Sisimai's set-of-emails) through the same path the CLI takes:
// every file is read without an exception, non-bounces stay non-bounces, CR-only twins agree, and the
// agreement with Sisimai's labels does not slide below the floor in floor.json.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles, readMessages } from '../../shared/src/cli/files.js';
import { toJson } from '../../shared/src/cli/json.js';
import { parseMessage } from '../../shared/src/message/index.js';
import { findReport } from '../../shared/src/report/index.js';
import { diagnoseReport } from '../../shared/src/diagnose.js';
import { bouncesDir, corpusPresent, indexResults, loadLabels, loadReviewed, score, type ScoreResult } from './scoring.mjs';

const dir = bouncesDir();
const present = corpusPresent(dir);
const floor = JSON.parse(readFileSync(new URL('./floor.json', import.meta.url), 'utf8')) as { headline: number };
const ALL_SETS = ['bsd', 'dos', 'mac', 'err', 'tmp', 'not', 'mbox', 'something-is-wrong'];

if (!present) {
  console.warn(`\n*** corpus tests SKIPPED: no corpus at ${dir} (../shared/bounces beside the repo, or BOUNCES_DIR) ***\n`);
}

describe.skipIf(!present)('corpus ../shared/bounces', () => {
  const lines: string[] = [];
  const thrown: string[] = [];
  let result: ScoreResult;

  beforeAll(async () => {
    for (const set of ALL_SETS) {
      const { files } = listFiles(join(dir, set));
      for (const file of files) {
        for (const item of readMessages(file)) {
          const name = `${relative(dir, item.file)}#${item.index}`;
          if (!item.bytes) {
            thrown.push(`${name}: ${item.error}`);
            continue;
          }
          // The steps of diagnose() without its safety net, so an exception inside shows up here.
          try {
            const msg = await parseMessage(item.bytes);
            const d = diagnoseReport(await findReport(msg));
            lines.push(JSON.stringify(toJson(item.file, item.index, d)));
          } catch (e) {
            thrown.push(`${name}: ${e instanceof Error ? e.stack?.split('\n').slice(0, 3).join(' ') : String(e)}`);
          }
        }
      }
    }
    result = score(loadLabels(dir), indexResults(lines).byFile, loadReviewed().entries);
  }, 120_000);

  it('reads every message of every set without an exception', () => {
    expect(thrown).toEqual([]);
    expect(lines.length).toBeGreaterThan(850);
  });

  it('does not call the non-bounces in not/ bounces', () => {
    expect(result.negatives.total).toBeGreaterThan(0);
    expect(result.negatives.wrong).toEqual([]);
  });

  it('gives every CR-only mac/ file the same verdicts as its dos/ or bsd/ twin', () => {
    expect(result.mac.total).toBe(80);
    expect(result.mac.diffs.map((d) => `${d.file}: ${d.mac} != ${d.twinShape}`)).toEqual([]);
  });

  it('keeps the reviewed-disagreement list within 2 % of the verdicts', () => {
    expect(loadReviewed().problems).toEqual([]);
    expect(result.reviewed.overLimit).toBe(false);
  });

  it(`keeps headline agreement (bsd+dos+err+tmp) at or above the floor ${floor.headline}%`, () => {
    const h = result.headline;
    console.log(`corpus headline agreement: ${h.value.toFixed(2)}% (${h.agree}+${h.reviewed} reviewed of ${h.total}); floor ${floor.headline}%`);
    expect(h.value).toBeGreaterThanOrEqual(floor.headline);
  });
});
