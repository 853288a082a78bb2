// classify() as it was before the one-pass phrase scan, the lazy SMTP command and the receivers' bit
// masks (phrases asked with includes() in list order), kept as the definition the current code must
// match on records built to hit every probe, tie-break and fallback: same verdict, same object, same
// key order.
import { describe, expect, it } from 'vitest';
import type { Evidence, Reason, RecipientDiagnosis, RecipientRecord } from '../types.js';
import { FIRST_PASS, REASON_ORDER, REFINABLE, SECOND_PASS } from './order.js';
import type { ReasonRule } from './rule.js';
import { reasonForStatus } from './status-table.js';
import { findReceiverRule } from '../receivers/index.js';
import { findCommand } from '../report/command.js';
import { classify } from './classify.js';

const NON_FAILURE: ReadonlySet<Reason> = new Set(['delivered', 'vacation', 'feedback']);
const RULES = new Map<Reason, ReasonRule>(REASON_ORDER.map((r) => [r.name, r]));

function phraseOf(reason: Reason, lower: string): string | null {
  const rule = RULES.get(reason);
  if (!rule || !lower) return null;
  if (rule.unless?.some((u) => lower.includes(u))) return null;
  for (const p of rule.phrases) if (lower.includes(p)) return p;
  return null;
}

interface Facts {
  lower: string;
  /** Phrase hits already looked up for this record (probes ask for the same reason more than once). */
  hits: Map<Reason, string | null>;
  /** What the status code names on its own ('' when nothing). */
  named: Reason | '';
  command: string;
  rec: RecipientRecord;
}

type Verdict = { by: string; value: string } | null;

function hit(f: Facts, reason: Reason): string | null {
  let p = f.hits.get(reason);
  if (p === undefined) {
    p = phraseOf(reason, f.lower);
    f.hits.set(reason, p);
  }
  return p;
}

const byStatus = (f: Facts): Verdict => ({ by: 'status', value: f.rec.status ?? '' });
const byPhrase = (p: string | null): Verdict => (p ? { by: 'phrase', value: p } : null);

/** Probes whose evidence is more than "the code names it, or a phrase of it occurs". */
const SPECIAL_PROBES: Partial<Record<Reason, (f: Facts) => Verdict>> = {
  userunknown(f) {
    if (f.named === 'suspend') return null;
    if (f.named === 'userunknown') {
      // A 5.1.1 whose words say relaying, blocking, a full or moved mailbox or a refused sender is that.
      const other = (['norelaying', 'blocked', 'mailboxfull', 'hasmoved', 'rejected', 'notaccept'] as const).some((r) => hit(f, r));
      return other ? null : byStatus(f);
    }
    return f.command === 'RCPT' ? byPhrase(hit(f, 'userunknown')) : null;
  },
  filtered(f) {
    if (f.named === 'suspend') return null;
    if (f.named === 'filtered') return byPhrase(hit(f, 'userunknown') ?? hit(f, 'filtered'));
    // "No such user" after the recipient was accepted (DATA, or no command known) is a filter's answer.
    if (f.command !== 'RCPT' && f.command !== 'MAIL') return byPhrase(hit(f, 'filtered') ?? hit(f, 'userunknown'));
    return null;
  },
  rejected(f) {
    if (f.named === 'rejected') return byStatus(f);
    const p = hit(f, 'rejected');
    if (!p) return null;
    if (f.command === 'MAIL') return byPhrase(p);
    if (f.command === 'DATA') return f.named !== 'userunknown' ? byPhrase(p) : null;
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
    if (f.command === 'CONN' || f.command === 'EHLO' || f.command === 'HELO') return null;
    return byPhrase(hit(f, 'norelaying'));
  },
  spamdetected(f) {
    if (f.named === 'spamdetected') return byStatus(f);
    // Content filters read the message, which only exists after DATA.
    if (['CONN', 'EHLO', 'HELO', 'MAIL', 'RCPT'].includes(f.command)) return null;
    return byPhrase(hit(f, 'spamdetected'));
  },
};

function probe(reason: Reason, f: Facts): Verdict {
  const special = SPECIAL_PROBES[reason];
  if (special) return special(f);
  if (f.named === reason) return byStatus(f);
  return byPhrase(hit(f, reason));
}

function isTemporary(rec: RecipientRecord, reason: Reason): boolean {
  if (rec.action === 'delayed') return true;
  if (rec.status) return rec.status[0] === '4';
  if (rec.replyCode) return rec.replyCode[0] === '4';
  if (NON_FAILURE.has(reason)) return false;
  return RULES.get(reason)?.temporary === true && rec.action !== 'failed';
}

/** Everything after the dialect and provider layers: status, command and phrases. */
function decide(rec: RecipientRecord): { reason: Reason; evidence: Evidence } {
  const status = rec.status ?? '';
  if (status.startsWith('2.')) return { reason: 'delivered', evidence: { by: 'status', value: status } };
  const f: Facts = {
    lower: rec.diagnostic.toLowerCase(),
    hits: new Map(),
    named: reasonForStatus(rec.status) ?? '',
    command: (rec.command ?? findCommand(rec.diagnostic) ?? '').toUpperCase(),
    rec,
  };
  const type = (rec.diagnosticType ?? '').toUpperCase();
  // Only a mailer's own code (X-Unix, X-Postfix...) skips the SMTP reasoning; "smtp", none or "unknown" do not.
  const smtpLike = !type.startsWith('X-');
  if (smtpLike) {
    for (const reason of FIRST_PASS) {
      const v = probe(reason, f);
      if (v) return { reason, evidence: v };
    }
  }
  if (REFINABLE.has(f.named as Reason) || f.named === '' || !smtpLike) {
    for (const reason of SECOND_PASS) {
      const p = hit(f, reason);
      if (p) return { reason, evidence: { by: 'phrase', value: p } };
    }
    if (f.named) return { reason: f.named, evidence: byStatus(f)! };
    const cls = status.slice(0, 3);
    if (cls === '5.6' || cls === '4.6') return { reason: 'contenterror', evidence: { by: 'status', value: status } };
    if (cls === '5.7' || cls === '4.7') return { reason: 'securityerror', evidence: { by: 'status', value: status } };
    if (type.startsWith('X-UNIX') || type.startsWith('X-POSTFIX')) return { reason: 'mailererror', evidence: { by: 'kind', value: type } };
    const p = hit(f, 'syntaxerror');
    if (p) return { reason: 'syntaxerror', evidence: { by: 'phrase', value: p } };
    if (rec.replyCode && /^[45]0[0-7]$/.test(rec.replyCode)) return { reason: 'syntaxerror', evidence: { by: 'replycode', value: rec.replyCode } };
    if (rec.action === 'delayed') return { reason: 'expired', evidence: { by: 'action', value: 'delayed' } };
    // Refused at the greeting or at HELO/EHLO: the server did not want our host at all.
    if (f.command === 'EHLO' || f.command === 'HELO' || f.command === 'CONN') return { reason: 'blocked', evidence: { by: 'command', value: f.command } };
  } else if (f.named) {
    return { reason: f.named, evidence: byStatus(f)! };
  }
  if (rec.action === 'delayed') return { reason: 'expired', evidence: { by: 'action', value: 'delayed' } };
  if (rec.diagnostic) return { reason: 'onhold', evidence: { by: 'none', value: 'no rule decided' } };
  return { reason: 'undefined', evidence: { by: 'none', value: 'no information' } };
}

function referenceClassify(rec: RecipientRecord): RecipientDiagnosis {
  const done = (reason: Reason, evidence: Evidence, receiver: string | null = null): RecipientDiagnosis => ({
    ...rec,
    reason,
    evidence,
    receiver,
    temporary: isTemporary(rec, reason),
  });

  if (rec.action === 'delivered' || rec.action === 'relayed' || rec.action === 'expanded') {
    if (!rec.status || rec.status[0] === '2') return done('delivered', { by: 'action', value: rec.action });
  }
  if (rec.reason && rec.reason !== 'undefined' && rec.reason !== 'onhold') {
    return done(rec.reason, { by: 'dialect', value: rec.detail ?? rec.reason });
  }
  const receiver = findReceiverRule(rec);
  if (receiver) return { ...done(receiver.reason, { by: 'receiver', value: receiver.why }, receiver.name), detail: receiver.detail ?? rec.detail ?? null };

  const d = decide(rec);
  return done(d.reason, d.evidence);
}

const STATUSES = [null, '', '2.0.0', '4.0.0', '5.0.0', '5.1.1', '5.1.2', '5.2.0', '5.2.2', '5.2.3', '5.3.4', '5.4.1', '5.5.0', '5.6.0', '4.7.1', '5.7.1', '5.7.13', '5.7.26', '5.7.509', '4.4.1', '4.2.2', '5.1.10'];
const COMMANDS = [null, 'RCPT', 'rcpt', 'MAIL', 'DATA', 'EHLO', 'HELO', 'CONN', 'STARTTLS'];
// Texts that name no command, and texts whose command findCommand() must find.
const TAILS = ['', ' (in reply to RCPT TO command)', ' (in reply to end of DATA command)', ' after MAIL FROM', ' refused to talk to me', ' (in reply to EHLO command)'];
const TYPES = [null, 'SMTP', 'smtp', 'X-Unix', 'X-POSTFIX', 'X-Other', 'unknown'];
const ACTIONS = ['failed', 'delayed', 'delivered', 'relayed', null] as const;

const TIED: readonly Reason[] = ['userunknown', 'filtered', 'rejected', 'norelaying', 'spamdetected', 'hostunknown', 'networkerror', 'mesgtoobig', 'blocked', 'mailboxfull', 'hasmoved', 'notaccept'];
const rule = (r: Reason): ReasonRule => RULES.get(r)!;

function records(): RecipientRecord[] {
  let seed = 17;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed >>> 12) % n;
  };
  // A reason first, then one of its phrases: combinations of two reasons' words come up often.
  const lists = REASON_ORDER.map((r) => [...r.phrases, ...(r.unless ?? [])]).filter((l) => l.length > 0);
  // Words that receivers' rules (Google, docomo, Yahoo) decide on.
  lists.push(['- gsmtp', 'unknown user', 'is over its storage limit', "this user doesn't have a yahoo", 'temporarily deferred due to user complaints', 'postmaster.yahooinc.com']);
  const phrase = (): string => {
    const list = lists[rnd(lists.length)]!;
    return list[rnd(list.length)]!;
  };
  const out: RecipientRecord[] = [];
  for (let i = 0; i < 20000; i++) {
    const words: string[] = [];
    for (let k = 1 + rnd(3); k > 0; k--) words.push(phrase());
    // Often also the words of two reasons whose probes weigh each other (filtered vs userunknown...).
    if (rnd(3) === 0) for (const r of [TIED[rnd(TIED.length)]!, TIED[rnd(TIED.length)]!]) words.push(rule(r).phrases[rnd(rule(r).phrases.length)]!);
    const upper = rnd(5) === 0;
    const text = (rnd(6) === 0 ? '' : `${['550', '421', '554', ''][rnd(4)]} ${words.join(rnd(2) ? ' ' : '; ')}`) + TAILS[rnd(TAILS.length)];
    const rec: RecipientRecord = {
      address: ['a@example.org', 'a@gmail.com', 'a@docomo.ne.jp', 'a@yahoo.com'][rnd(4)]!,
      action: rnd(2) ? 'failed' : ACTIONS[rnd(ACTIONS.length)]!,
      status: rnd(5) < 2 ? null : STATUSES[rnd(STATUSES.length)]!,
      replyCode: [null, '', '550', '452', '500', '504', '421'][rnd(7)]!,
      remoteMta: [null, 'mx.example.org', 'mta6.am0.yahoodns.net'][rnd(3)]!,
      diagnostic: upper ? text.toUpperCase() : text,
      command: COMMANDS[rnd(COMMANDS.length)]!,
    };
    if (rnd(3) === 0) rec.diagnosticType = TYPES[rnd(TYPES.length)]!;
    if (rnd(4) === 0) rec.reason = (['undefined', 'onhold', 'mailboxfull', null] as const)[rnd(4)]!;
    if (rnd(4) === 0) rec.detail = ['x-detail', null][rnd(2)]!;
    out.push(rec);
  }
  return out;
}

describe('classify() against its definition', () => {
  it('gives the same verdict object, key order included', () => {
    const wrong: string[] = [];
    const seen = new Set<string>();
    const by = new Set<string>();
    for (const rec of records()) {
      const got = JSON.stringify(classify(rec));
      const want = JSON.stringify(referenceClassify(rec));
      if (got !== want) wrong.push(`${JSON.stringify(rec)}\n  got  ${got}\n  want ${want}`);
      const v = JSON.parse(want) as RecipientDiagnosis;
      seen.add(v.reason);
      by.add(v.evidence.by);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    // The records reach most reasons and every kind of evidence (the generator is not stuck in one branch).
    expect(seen.size).toBeGreaterThan(30);
    expect([...by].sort()).toEqual(['action', 'command', 'dialect', 'kind', 'none', 'phrase', 'receiver', 'replycode', 'status']);
  });
});
