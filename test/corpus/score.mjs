#!/usr/bin/env node
// npm run score: runs the built CLI over ../shared/bounces and compares with expected.jsonl (Sisimai
// 5.1.0p3's labels) per recipient reason and per message is-bounce, per set. Writes nothing into the repo.
//
//   node test/corpus/score.mjs [--cli PATH] [--installed] [--json] [--list N]
//     --cli PATH    use this built cli.cjs instead of building a fresh one into a temp directory
//     --installed   use node_modules/.bin/bounce-doctor (needs `npm run build -w shared` first)
//     --json        print the summary as JSON
//     --list N      print up to N individual disagreements (default 0)
//
// By default the CLI is built from the working tree into a temp dir first (others may be building
// shared/dist at the same moment), so the figures always describe the current source.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bouncesDir, corpusPresent, indexResults, loadLabels, loadReviewed, pct, REPO_ROOT, score, SETS, HEADLINE_SETS, MAX_REVIEWED_SHARE } from './scoring.mjs';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = bouncesDir();
if (!corpusPresent(dir)) {
  console.log(`score: SKIPPED: no corpus at ${dir} (expected ../shared/bounces beside the repository, or set BOUNCES_DIR)`);
  process.exit(0);
}

let cli = opt('--cli');
let tmp = null;
if (!cli && args.includes('--installed')) cli = join(REPO_ROOT, 'node_modules', '.bin', 'bounce-doctor');
if (!cli) {
  tmp = mkdtempSync(join(tmpdir(), 'bd-score-'));
  const b = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'vite.cli.config.ts', '--outDir', tmp, '--logLevel', 'error'], {
    cwd: join(REPO_ROOT, 'shared'),
    encoding: 'utf8',
  });
  if (b.status !== 0) {
    console.error(`score: building the CLI failed:\n${b.stdout}${b.stderr}`);
    process.exit(1);
  }
  cli = join(tmp, 'cli.cjs');
}
if (!existsSync(cli)) {
  console.error(`score: no CLI at ${cli}`);
  process.exit(1);
}

const t0 = performance.now();
const paths = SETS.map((s) => join(dir, s)).filter((p) => existsSync(p));
const run = spawnSync(/\.c?js$/.test(cli) ? process.execPath : cli, /\.c?js$/.test(cli) ? [cli, 'diagnose', '--json', ...paths] : ['diagnose', '--json', ...paths], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
const ms = performance.now() - t0;
if (tmp) rmSync(tmp, { recursive: true, force: true });
if (run.error) {
  console.error(`score: could not run the CLI: ${run.error.message}`);
  process.exit(1);
}
if (run.stderr.trim()) console.error(run.stderr.trim().split('\n').slice(0, 10).join('\n'));

const { byFile, errors } = indexResults(run.stdout.split('\n'));
const { entries: reviewed, problems } = loadReviewed();
const r = score(loadLabels(dir), byFile, reviewed);

if (args.includes('--json')) {
  console.log(JSON.stringify({
    per_set: Object.fromEntries(Object.entries(r.perSet).map(([s, v]) => [s, pct(v.agree, v.total)])),
    is_bounce_per_set: Object.fromEntries(Object.entries(r.bounceFlag).map(([s, v]) => [s, pct(v.agree, v.total)])),
    negatives_not_called_bounce: pct(r.negatives.agree, r.negatives.total),
    mac_consistent_with_twin: pct(r.mac.consistent, r.mac.total),
    files_missing_from_output: r.missing.length,
    error_lines: errors.length,
    reviewed_disagreements: r.reviewed.hits.length,
    top_confusions: r.confusion.slice(0, 20).map(([k, n]) => `${k}: ${n}`),
    headline_raw: r.headline.raw,
    headline_value: r.headline.value,
    cli_exit: run.status,
    cli_ms: Math.round(ms),
  }, null, 1));
} else {
  console.log(`corpus: ${dir}`);
  console.log(`CLI run: ${paths.length} sets, ${run.stdout.split('\n').filter(Boolean).length} lines, exit ${run.status}, ${Math.round(ms)} ms`);
  console.log('\nset    recipient reasons        (reviewed)  is-bounce per message');
  for (const s of SETS) {
    const v = r.perSet[s];
    const b = r.bounceFlag[s];
    if (!v && !b) continue;
    console.log(`${s.padEnd(6)} ${(v ? pct(v.agree, v.total) : 'n/a').padEnd(24)} ${String(v?.reviewed ?? 0).padStart(4)}        ${b ? pct(b.agree, b.total) : 'n/a'}`);
  }
  console.log(`not/   negatives not called bounces: ${pct(r.negatives.agree, r.negatives.total)}${r.negatives.wrong.length ? `  called bounce: ${r.negatives.wrong.join(', ')}` : ''}`);
  console.log(`mac/   same verdicts as the dos/bsd twin: ${pct(r.mac.consistent, r.mac.total)}`);
  for (const m of r.mac.diffs.slice(0, 5)) console.log(`         differs: ${m.file} vs ${m.twin}`);
  if (r.missing.length) console.log(`files with no output line: ${r.missing.length} (e.g. ${r.missing.slice(0, 3).join(', ')})`);
  if (errors.length) console.log(`error lines: ${errors.length} (e.g. ${errors.slice(0, 3).map((e) => `${e.file}: ${e.error}`).join('; ')})`);

  if (r.confusion.length) {
    console.log('\nconfusion (Sisimai -> ours), most common first:');
    const width = Math.max(...r.confusion.slice(0, 30).map(([k]) => k.length));
    for (const [k, n] of r.confusion.slice(0, 30)) console.log(`  ${k.padEnd(width)}  ${n}`);
    if (r.confusion.length > 30) console.log(`  ... ${r.confusion.length - 30} more pairs`);
  }
  const n = Number(opt('--list') ?? 0);
  if (n > 0) {
    console.log(`\ndisagreements (first ${n}):`);
    for (const d of r.disagreements.slice(0, n)) console.log(`  ${d.file} #${d.msg} ${d.recipient}: sisimai ${d.sisimai}, ours ${d.ours}`);
  }

  console.log(`\nreviewed disagreements (test/corpus/disagreements.json): ${r.reviewed.entries} entries covering ${r.reviewed.coveredVerdicts} of ${r.reviewed.allVerdicts} verdicts (${(100 * r.reviewed.share).toFixed(2)}%, limit ${100 * MAX_REVIEWED_SHARE}%); ${r.reviewed.hits.length} verdicts settled by review`);
  for (const h of r.reviewed.hits.slice(0, 40)) console.log(`  ${h.file} ${h.recipient}: sisimai ${h.sisimai}, ours ${h.ours}${h.why ? ` -- ${h.why}` : ''}`);
  if (r.reviewed.stale.length) console.log(`  stale entries (we now agree with Sisimai): ${r.reviewed.stale.join(', ')}`);
  for (const p of problems) console.log(`  problem: ${p}`);

  const h = r.headline;
  console.log(`\nagreement with Sisimai labels, ${HEADLINE_SETS.join('+')} recipients: ${pct(h.agree, h.total)}`);
  console.log(`headline (reviewed disagreements counted as settled): ${h.value.toFixed(2)}% (${h.agree + h.reviewed}/${h.total})`);
}

let fail = false;
if (r.reviewed.overLimit) {
  console.error(`score: FAIL: the reviewed list covers ${(100 * r.reviewed.share).toFixed(2)}% of verdicts, over the ${100 * MAX_REVIEWED_SHARE}% limit`);
  fail = true;
}
if (problems.length) {
  console.error(`score: FAIL: ${problems.join('; ')}`);
  fail = true;
}
process.exit(fail ? 1 : 0);
