// Record -> reason. Evidence is weighed in one fixed order:
//  1. a reason the dialect decided from its own wording or code table (final unless it is a vague one);
//  2. a receiving provider's rule;
//  3. FIRST_PASS (order.ts): each reason is probed with the enhanced status code, its phrases and the
//     SMTP command, earlier reasons winning;
//  4. SECOND_PASS phrases, then what the status code names on its own, then the code's class
//     (x.6 content, x.7 security), the Diagnostic-Code type (X-UNIX: a local mailer), the reply code
//     (50x: syntax), the action (delayed: expired) and the command (HELO/EHLO: blocked);
//  5. onhold when there is text but nothing decided, undefined when there is nothing at all.
import type { Evidence, Reason, RecipientDiagnosis, RecipientRecord } from '../types.js';
import { FIRST_PASS, REASON_ORDER, REFINABLE, SECOND_PASS } from './order.js';
import type { ReasonRule } from './rule.js';
import { reasonForStatus } from './status-table.js';
import { findReceiverRule, SIGNATURES } from '../receivers/index.js';
import { findCommand } from '../report/command.js';
import { LiteralLists, type Scan } from './literals.js';

const NON_FAILURE: ReadonlySet<Reason> = new Set(['delivered', 'vacation', 'feedback']);
const RULES = new Map<Reason, ReasonRule>(REASON_ORDER.map((r) => [r.name, r]));
const INDEX = new Map<Reason, number>(REASON_ORDER.map((r, i) => [r.name, i]));

/**
 * Every reason's phrases (list i), then every reason's `unless` vetoes (list R + i), then every
 * receiver's signatures (list 2R + j), then all signatures as one list (most diagnostics carry none):
 * one scan of the lowercased diagnostic tells, for all of them at once, which literal of each list comes
 * first, which is what includes() in list order would pick.
 */
const R = REASON_ORDER.length;
const ANY_SIGNATURE = 2 * R + SIGNATURES.length;
const LISTS = new LiteralLists([...REASON_ORDER.map((r) => r.phrases), ...REASON_ORDER.map((r) => r.unless ?? []), ...SIGNATURES, SIGNATURES.flat()]);
const scan = (lower: string): Scan => LISTS.scan(lower);
const VETOED = REASON_ORDER.map((r) => (r.unless ?? []).length > 0);

/** The phrase of reason `i` (REASON_ORDER index) the scan found, or null (vetoed by the reason's `unless` list). */
function phraseAt(found: Scan, i: number): string | null {
  if (VETOED[i] && LISTS.first(found, R + i) !== -1) return null;
  const p = LISTS.first(found, i);
  return p === -1 ? null : REASON_ORDER[i]!.phrases[p]!;
}

/** The phrase of `reason` found in the lowercased text, or null (vetoed by the reason's `unless` list). */
export function phraseOf(reason: Reason, lower: string): string | null {
  const i = INDEX.get(reason);
  if (i === undefined || !lower) return null;
  return phraseAt(scan(lower), i);
}

/** First reason in REASON_ORDER whose phrase occurs in the text (used by readers and tests). */
export function matchPhrase(text: string): { reason: Reason; phrase: string } | null {
  if (!text) return null;
  const found = scan(text.toLowerCase());
  for (const rule of REASON_ORDER) {
    const p = phraseAt(found, INDEX.get(rule.name)!);
    if (p) return { reason: rule.name, phrase: p };
  }
  return null;
}

/** The receivers (bit mask over RECEIVERS) whose signatures the scan found. */
function signedIn(found: Scan): number {
  if (LISTS.first(found, ANY_SIGNATURE) === -1) return 0;
  let mask = 0;
  for (let j = 0; j < SIGNATURES.length; j++) if (LISTS.first(found, 2 * R + j) !== -1) mask |= 1 << j;
  return mask;
}

interface Facts {
  /** The scan of the lowercased diagnostic; null when it is empty (no phrase counts then). */
  found: Scan | null;
  /** What the status code names on its own ('' when nothing). */
  named: Reason | '';
  /** The SMTP command, looked up on first use (most records are decided before it matters). */
  command: string | undefined;
  rec: RecipientRecord;
}

type Verdict = { by: string; value: string } | null;

function hitAt(f: Facts, i: number | undefined): string | null {
  return f.found === null || i === undefined ? null : phraseAt(f.found, i);
}

const hit = (f: Facts, reason: Reason): string | null => hitAt(f, INDEX.get(reason));

function commandOf(f: Facts): string {
  if (f.command === undefined) f.command = (f.rec.command ?? findCommand(f.rec.diagnostic) ?? '').toUpperCase();
  return f.command;
}

const byStatus = (f: Facts): Verdict => ({ by: 'status', value: f.rec.status ?? '' });
const byPhrase = (p: string | null): Verdict => (p ? { by: 'phrase', value: p } : null);

/** Reasons whose words overrule a bare 5.1.1 (REASON_ORDER indexes). */
const NOT_UNKNOWN_USER = (['norelaying', 'blocked', 'mailboxfull', 'hasmoved', 'rejected', 'notaccept'] as const).map((r) => INDEX.get(r)!);

/**
 * Probes whose evidence is more than "the code names it, or a phrase of it occurs". The phrase is asked
 * before the command: without it the answer is null whatever the command, and the command is the
 * costlier fact.
 */
const SPECIAL_PROBES: Partial<Record<Reason, (f: Facts) => Verdict>> = {
  userunknown(f) {
    if (f.named === 'suspend') return null;
    if (f.named === 'userunknown') {
      // A 5.1.1 whose words say relaying, blocking, a full or moved mailbox or a refused sender is that.
      const other = f.found !== null && NOT_UNKNOWN_USER.some((i) => !!phraseAt(f.found!, i));
      return other ? null : byStatus(f);
    }
    const p = hit(f, 'userunknown');
    return p && commandOf(f) === 'RCPT' ? byPhrase(p) : null;
  },
  filtered(f) {
    if (f.named === 'suspend') return null;
    if (f.named === 'filtered') return byPhrase(hit(f, 'userunknown') ?? hit(f, 'filtered'));
    // "No such user" after the recipient was accepted (DATA, or no command known) is a filter's answer.
    const p = hit(f, 'filtered') ?? hit(f, 'userunknown');
    if (!p) return null;
    const command = commandOf(f);
    return command !== 'RCPT' && command !== 'MAIL' ? byPhrase(p) : null;
  },
  rejected(f) {
    if (f.named === 'rejected') return byStatus(f);
    const p = hit(f, 'rejected');
    if (!p) return null;
    const command = commandOf(f);
    if (command === 'MAIL') return byPhrase(p);
    if (command === 'DATA') return f.named !== 'userunknown' ? byPhrase(p) : null;
    return f.named === '' || f.named === 'securityerror' || f.named === 'systemerror' ? byPhrase(p) : null;
  },
  mesgtoobig(f) {
    // 5.2.3 is the mailbox's own size limit (exceedlimit) even when the words say "message size".
    if (f.named === 'exceedlimit') return null;
    return f.named === 'mesgtoobig' ? byStatus(f) : byPhrase(hit(f, 'mesgtoobig'));
  },
  hostunknown(f) {
    if (f.named === 'hostunknown') return hit(f, 'networkerror') ? null : byStatus(f);
    return byPhrase(hit(f, 'hostunknown'));
  },
  norelaying(f) {
    const p = hit(f, 'norelaying');
    if (!p) return null;
    const command = commandOf(f);
    return command === 'CONN' || command === 'EHLO' || command === 'HELO' ? null : byPhrase(p);
  },
  spamdetected(f) {
    if (f.named === 'spamdetected') return byStatus(f);
    const p = hit(f, 'spamdetected');
    if (!p) return null;
    // Content filters read the message, which only exists after DATA.
    const command = commandOf(f);
    return refusedHost(command) || command === 'MAIL' || command === 'RCPT' ? null : byPhrase(p);
  },
};

/** FIRST_PASS with each reason's probe and REASON_ORDER index looked up once. */
const FIRST = FIRST_PASS.map((name) => ({ name, i: INDEX.get(name), special: SPECIAL_PROBES[name] }));
const SECOND = SECOND_PASS.map((name) => ({ name, i: INDEX.get(name) }));

function probe(p: (typeof FIRST)[number], f: Facts): Verdict {
  if (p.special) return p.special(f);
  if (f.named === p.name) return byStatus(f);
  return byPhrase(hitAt(f, p.i));
}

const TEMPORARY: ReadonlySet<Reason> = new Set(REASON_ORDER.filter((r) => RULES.get(r.name)?.temporary === true).map((r) => r.name));

function isTemporary(rec: RecipientRecord, reason: Reason): boolean {
  if (rec.action === 'delayed') return true;
  if (rec.status) return rec.status.indexOf('4') === 0;
  if (rec.replyCode) return rec.replyCode.indexOf('4') === 0;
  if (NON_FAILURE.has(reason)) return false;
  return TEMPORARY.has(reason) && rec.action !== 'failed';
}

/** A refusal at connection, greeting or HELO/EHLO: the server did not want the sending host. */
function refusedHost(command: string): boolean {
  return command === 'EHLO' || command === 'HELO' || command === 'CONN';
}

/**
 * Everything after the dialect and provider layers: status, command and phrases. `lower` and `found`
 * (the lowercased diagnostic and its scan, null when empty) are for a caller that has them already.
 */
export function decide(rec: RecipientRecord, lower?: string, found?: Scan | null): { reason: Reason; evidence: Evidence } {
  const status = rec.status ?? '';
  // indexOf(...) === 0 rather than startsWith() throughout: TurboFan expands startsWith() and s[0] into
  // per-character code (~200 graph nodes each, in functions it compiles while the rounds run), where
  // indexOf() stays one builtin call.
  if (status.indexOf('2.') === 0) return { reason: 'delivered', evidence: { by: 'status', value: status } };
  if (found === undefined) {
    const l = lower ?? rec.diagnostic.toLowerCase();
    found = l === '' ? null : scan(l);
  }
  const f: Facts = {
    found,
    named: reasonForStatus(rec.status) ?? '',
    command: undefined,
    rec,
  };
  const type = (rec.diagnosticType ?? '').toUpperCase();
  // Only a mailer's own code (X-Unix, X-Postfix...) skips the SMTP reasoning; "smtp", none or "unknown" do not.
  const smtpLike = type.indexOf('X-') !== 0;
  if (smtpLike) {
    for (let k = 0; k < FIRST.length; k++) {
      const p = FIRST[k]!;
      const v = probe(p, f);
      if (v) return { reason: p.name, evidence: v };
    }
  }
  if (REFINABLE.has(f.named as Reason) || f.named === '' || !smtpLike) {
    for (let k = 0; k < SECOND.length; k++) {
      const p = hitAt(f, SECOND[k]!.i);
      if (p) return { reason: SECOND[k]!.name, evidence: { by: 'phrase', value: p } };
    }
    if (f.named) return { reason: f.named, evidence: byStatus(f)! };
    const cls = status.slice(0, 3);
    if (cls === '5.6' || cls === '4.6') return { reason: 'contenterror', evidence: { by: 'status', value: status } };
    if (cls === '5.7' || cls === '4.7') return { reason: 'securityerror', evidence: { by: 'status', value: status } };
    // Postfix's own type means its own delivery agent failed, except when the remote host refused the
    // connection or greeting ("connect to ...: server refused to talk to me: 421"): blocked, as below.
    const postfixOwn = type.indexOf('X-POSTFIX') === 0;
    if (postfixOwn && refusedHost(commandOf(f))) return { reason: 'blocked', evidence: { by: 'command', value: commandOf(f) } };
    if (postfixOwn || type.indexOf('X-UNIX') === 0) return { reason: 'mailererror', evidence: { by: 'kind', value: type } };
    const p = hit(f, 'syntaxerror');
    if (p) return { reason: 'syntaxerror', evidence: { by: 'phrase', value: p } };
    if (rec.replyCode && /^[45]0[0-7]$/.test(rec.replyCode)) return { reason: 'syntaxerror', evidence: { by: 'replycode', value: rec.replyCode } };
    if (rec.action === 'delayed') return { reason: 'expired', evidence: { by: 'action', value: 'delayed' } };
    // Refused at the greeting or at HELO/EHLO: the server did not want our host at all.
    const command = commandOf(f);
    if (refusedHost(command)) return { reason: 'blocked', evidence: { by: 'command', value: command } };
  } else if (f.named) {
    return { reason: f.named, evidence: byStatus(f)! };
  }
  if (rec.action === 'delayed') return { reason: 'expired', evidence: { by: 'action', value: 'delayed' } };
  if (rec.diagnostic) return { reason: 'onhold', evidence: { by: 'none', value: 'no rule decided' } };
  return { reason: 'undefined', evidence: { by: 'none', value: 'no information' } };
}

/**
 * The record with its verdict: the record's own fields in its order, then reason (in place when the
 * record has one), evidence, receiver and temporary, exactly as `{ ...rec, reason, ... }` would lay them
 * out. Object.assign and plain stores instead of a spread: records reach here in a dozen shapes (one per
 * reader), where V8's spread falls back to a slow generic copy measured ~3x the cost of Object.assign.
 */
function withVerdict(rec: RecipientRecord, reason: Reason, evidence: Evidence, receiver: string | null): RecipientDiagnosis {
  const out = Object.assign({}, rec) as RecipientDiagnosis;
  out.reason = reason;
  out.evidence = evidence;
  out.receiver = receiver;
  out.temporary = isTemporary(rec, reason);
  return out;
}

const done = (rec: RecipientRecord, reason: Reason, evidence: Evidence): RecipientDiagnosis => withVerdict(rec, reason, evidence, null);

export function classify(rec: RecipientRecord): RecipientDiagnosis {
  if (rec.action === 'delivered' || rec.action === 'relayed' || rec.action === 'expanded') {
    if (!rec.status || rec.status.indexOf('2') === 0) return done(rec, 'delivered', { by: 'action', value: rec.action });
  }
  if (rec.reason && rec.reason !== 'undefined' && rec.reason !== 'onhold') {
    return done(rec, rec.reason, { by: 'dialect', value: rec.detail ?? rec.reason });
  }
  const lower = rec.diagnostic.toLowerCase();
  const found = lower === '' ? null : scan(lower);
  const receiver = findReceiverRule(rec, lower, found === null ? 0 : signedIn(found));
  if (receiver) {
    // The receiver's `detail`, when given, last (or in place when the record has one).
    const out = withVerdict(rec, receiver.reason, { by: 'receiver', value: receiver.why }, receiver.name);
    out.detail = receiver.detail ?? rec.detail ?? null;
    return out;
  }
  const d = decide(rec, lower, found);
  return done(rec, d.reason, d.evidence);
}
