// Scoring of `bounce-doctor diagnose --json` lines against ../shared/bounces/expected.jsonl.
// Plain JS so `npm run score` runs under bare Node; the vitest corpus test imports the same rules.
// The rules follow ../shared/hooks/score-corpus.py exactly (same matching, same mac/ twin rule), plus:
//  - per-message is-bounce agreement,
//  - mac/ vs twin consistency of our own verdicts,
//  - the reviewed-disagreement list (test/corpus/disagreements.json).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SETS = ['bsd', 'dos', 'mac', 'err', 'tmp', 'not', 'mbox'];
export const HEADLINE_SETS = ['bsd', 'dos', 'err', 'tmp'];
/** Reasons that are not failures: a message whose verdicts are only these is not a bounce. */
export const NON_BOUNCE_REASONS = new Set(['delivered', 'vacation', 'feedback']);
/** The reviewed list may cover at most this share of the verdicts (issue 2, item 8). */
export const MAX_REVIEWED_SHARE = 0.02;

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '..', '..');
export const DISAGREEMENTS_FILE = join(here, 'disagreements.json');

/** ../shared/bounces beside the repository, or $BOUNCES_DIR. */
export function bouncesDir() {
  return process.env.BOUNCES_DIR ? resolve(process.env.BOUNCES_DIR) : resolve(REPO_ROOT, '..', 'shared', 'bounces');
}

export function corpusPresent(dir = bouncesDir()) {
  return existsSync(join(dir, 'expected.jsonl'));
}

export function loadLabels(dir = bouncesDir()) {
  return readFileSync(join(dir, 'expected.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** The label a file is scored against: mac/ files use their dos/ or bsd/ twin's. */
export function twinOf(label) {
  if (label.set !== 'mac') return null;
  return label.newline_variant_of || 'dos/' + label.file.split('/').slice(1).join('/');
}

/** The contract's reason names (DESIGN.md section 3), to tell "reason: why" from a plain "why". */
const REASON_NAMES = new Set(('userunknown hostunknown hasmoved mailboxfull mesgtoobig exceedlimit suspend filtered rejected ' +
  'blocked badreputation requireptr authfailure notcompliantrfc spamdetected virusdetected policyviolation securityerror ' +
  'contenterror norelaying notaccept networkerror expired toomanyconn speeding syntaxerror systemerror systemfull ' +
  'mailererror failedstarttls suppressed onhold undefined delivered vacation feedback').split(' '));

/**
 * Reads the reviewed list: {"set/file": "one-line why"}. The why may start with the reason we hold
 * ("userunknown: the DSN says 5.1.1"), or be an object {"reason": "...", "why": "..."}; without a reason
 * name, any verdict of ours that differs from Sisimai's in that file counts as the reviewed one.
 * Returns {entries: Map file -> {reason|null, why}, problems}.
 */
export function loadReviewed(file = DISAGREEMENTS_FILE) {
  const entries = new Map();
  const problems = [];
  if (!existsSync(file)) return { entries, problems };
  let raw;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    problems.push(`disagreements.json is not valid JSON: ${e.message}`);
    return { entries, problems };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('disagreements.json must be an object {"set/file": "one-line why"}');
    return { entries, problems };
  }
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith('_')) continue; // "_comment" and the like
    let reason = null;
    let why = '';
    if (typeof value === 'string') {
      why = value.trim();
      const m = /^([a-z]+)\s*:\s*/.exec(why);
      if (m && REASON_NAMES.has(m[1])) {
        reason = m[1];
        why = why.slice(m[0].length);
      }
    } else if (value && typeof value === 'object') {
      reason = value.reason ? String(value.reason) : null;
      why = String(value.why ?? value.because ?? '');
    }
    if (!/^(?:bsd|dos|mac|err|tmp|not|mbox)\/[^/]+$/.test(key)) problems.push(`disagreements.json: ${key}: not a "set/file" name`);
    else if (reason !== null && !REASON_NAMES.has(reason)) problems.push(`disagreements.json: ${key}: unknown reason ${reason}`);
    else if (!why) problems.push(`disagreements.json: ${key}: no one-line reason given`);
    else entries.set(key, { reason, why });
  }
  return { entries, problems };
}

/** Indexes CLI JSON lines by bounces-relative file and message index. */
export function indexResults(lines, sets = SETS) {
  const byFile = new Map();
  const errors = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    let d;
    try {
      d = JSON.parse(line);
    } catch {
      errors.push({ file: '<unparsable line>', error: line.slice(0, 80) });
      continue;
    }
    let f = String(d.file ?? '').replaceAll('\\', '/');
    for (const s of sets) {
      const i = f.indexOf(s + '/');
      if (i >= 0 && (i === 0 || f[i - 1] === '/')) {
        f = f.slice(i);
        break;
      }
    }
    if (d.error) errors.push({ file: f, error: String(d.error).slice(0, 120) });
    if (!byFile.has(f)) byFile.set(f, new Map());
    byFile.get(f).set(Number(d.index ?? 0) || 0, d);
  }
  return { byFile, errors };
}

function pick(rcpts, verdicts, v) {
  const want = String(v.recipient ?? '').toLowerCase();
  const mine = rcpts.find((r) => String(r.address ?? '').toLowerCase() === want);
  if (mine) return mine;
  const sameMsg = verdicts.filter((x) => x.msg === v.msg);
  const pos = sameMsg.indexOf(v);
  return pos < rcpts.length ? rcpts[pos] : null;
}

/** What our verdicts for one file look like, for comparing a mac/ file with its twin. */
export function verdictShape(fileResults) {
  if (!fileResults) return '<missing>';
  return JSON.stringify(
    [...fileResults.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([i, d]) => [i, d.error ? 'error' : '', !!d.bounce, d.kind, (d.recipients ?? []).map((r) => [String(r.address ?? '').toLowerCase(), r.reason, r.status ?? null])]),
  );
}

/**
 * Scores results against labels. Returns per-set counts, confusion, is-bounce per set, negatives,
 * mac consistency, reviewed-disagreement bookkeeping and the headline.
 */
export function score(labels, byFile, reviewed = new Map()) {
  const byName = new Map(labels.map((d) => [d.file, d]));
  const perSet = {};
  const bounceFlag = {};
  const confusion = new Map();
  const negatives = { agree: 0, total: 0, wrong: [] };
  const missing = [];
  const reviewedHits = [];
  const reviewedStale = [];
  const disagreements = [];
  const macDiff = [];
  let macTotal = 0;
  let coveredVerdicts = 0;
  let allVerdicts = 0;
  const bump = (o, s, k) => {
    o[s] ??= { agree: 0, total: 0, reviewed: 0 };
    o[s][k]++;
  };

  for (const d of labels) {
    const s = d.set;
    const f = d.file;
    if (s === 'something-is-wrong') continue;
    let src = d;
    if (s === 'mac') {
      const twin = twinOf(d);
      src = byName.get(twin) ?? d;
      macTotal++;
      const a = verdictShape(byFile.get(f));
      const b = verdictShape(byFile.get(twin));
      if (a !== b) macDiff.push({ file: f, twin, mac: a, twinShape: b });
    }
    const got = byFile.get(f);
    const verdicts = src.verdicts ?? [];
    if (s === 'not' && !verdicts.length) {
      negatives.total++;
      if (got && ![...got.values()].some((m) => m.bounce)) negatives.agree++;
      else negatives.wrong.push(f);
      continue;
    }
    if (!verdicts.length) continue; // no label: newer samples Sisimai 5.1.0p3 does not read
    if (!got) missing.push(f);
    const review = reviewed.get(f) ?? (s === 'mac' ? reviewed.get(twinOf(d)) : undefined);
    if (s !== 'mac') {
      allVerdicts += verdicts.length;
      if (reviewed.has(f)) coveredVerdicts += verdicts.length;
    }

    // Per message is-bounce: Sisimai calls a message a bounce when a verdict is a failure.
    const msgs = new Map();
    for (const v of verdicts) msgs.set(v.msg, (msgs.get(v.msg) ?? false) || !NON_BOUNCE_REASONS.has(v.reason));
    for (const [n, want] of msgs) {
      const m = got?.get(n - 1);
      bump(bounceFlag, s, 'total');
      if (m && !!m.bounce === want) bump(bounceFlag, s, 'agree');
    }

    for (const v of verdicts) {
      bump(perSet, s, 'total');
      const msg = got?.get(v.msg - 1) ?? {};
      const mine = pick(msg.recipients ?? [], verdicts, v);
      const reason = mine ? mine.reason : null;
      if (reason === v.reason) {
        bump(perSet, s, 'agree');
        if (review) reviewedStale.push(f);
      } else if (review && (review.reason === null || reason === review.reason)) {
        bump(perSet, s, 'reviewed');
        reviewedHits.push({ file: f, msg: v.msg, recipient: v.recipient, sisimai: v.reason, ours: reason, why: review.why });
      } else {
        const k = `${v.reason} -> ${reason}`;
        confusion.set(k, (confusion.get(k) ?? 0) + 1);
        disagreements.push({ set: s, file: f, msg: v.msg, recipient: v.recipient, sisimai: v.reason, ours: reason });
      }
    }
  }

  const sum = (sets, k) => sets.reduce((n, s) => n + (perSet[s]?.[k] ?? 0), 0);
  const ha = sum(HEADLINE_SETS, 'agree');
  const hr = sum(HEADLINE_SETS, 'reviewed');
  const ht = sum(HEADLINE_SETS, 'total');
  return {
    perSet,
    bounceFlag,
    confusion: [...confusion.entries()].sort((a, b) => b[1] - a[1]),
    disagreements,
    negatives,
    missing,
    mac: { consistent: macTotal - macDiff.length, total: macTotal, diffs: macDiff },
    reviewed: {
      hits: reviewedHits,
      stale: [...new Set(reviewedStale)],
      entries: reviewed.size,
      coveredVerdicts,
      allVerdicts,
      share: allVerdicts ? coveredVerdicts / allVerdicts : 0,
      overLimit: allVerdicts ? coveredVerdicts > MAX_REVIEWED_SHARE * allVerdicts : false,
    },
    headline: {
      agree: ha,
      reviewed: hr,
      total: ht,
      /** Agreement with Sisimai's labels alone. */
      raw: ht ? (100 * ha) / ht : 0,
      /** Agreement once the reviewed disagreements are counted as settled: the figure the floor holds. */
      value: ht ? (100 * (ha + hr)) / ht : 0,
    },
  };
}

export function pct(a, b) {
  return b ? `${((100 * a) / b).toFixed(1)}% (${a}/${b})` : 'n/a';
}
