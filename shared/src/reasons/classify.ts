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
import { findReceiverRule } from '../receivers/index.js';
import { findCommand } from '../report/command.js';

const NON_FAILURE: ReadonlySet<Reason> = new Set(['delivered', 'vacation', 'feedback']);
const RULES = new Map<Reason, ReasonRule>(REASON_ORDER.map((r) => [r.name, r]));

/**
 * Per reason, one regex that is the alternation of its phrases as plain literals: it tells in one pass
 * whether any phrase occurs, which is most often "no" (a record is probed for many reasons), and costs
 * about half of asking includes() phrase by phrase. Which phrase counts is still decided by the list's
 * order below. Literals only, no quantifiers: linear in the text.
 */
const escapeLiteral = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ANY_PHRASE = new Map<Reason, RegExp>(REASON_ORDER.map((r) => [r.name, new RegExp(r.phrases.map(escapeLiteral).join('|') || '(?!)')]));

/** The phrase of `reason` found in the lowercased text, or null (vetoed by the reason's `unless` list). */
export function phraseOf(reason: Reason, lower: string): string | null {
  const rule = RULES.get(reason);
  if (!rule || !lower) return null;
  if (rule.unless?.some((u) => lower.includes(u))) return null;
  if (!ANY_PHRASE.get(reason)!.test(lower)) return null;
  for (const p of rule.phrases) if (lower.includes(p)) return p;
  return null;
}

/** First reason in REASON_ORDER whose phrase occurs in the text (used by readers and tests). */
export function matchPhrase(text: string): { reason: Reason; phrase: string } | null {
  if (!text) return null;
  const lower = text.toLowerCase();
  for (const rule of REASON_ORDER) {
    const p = phraseOf(rule.name, lower);
    if (p) return { reason: rule.name, phrase: p };
  }
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
export function decide(rec: RecipientRecord): { reason: Reason; evidence: Evidence } {
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

export function classify(rec: RecipientRecord): RecipientDiagnosis {
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
