// Record -> reason. Order of evidence: a reason the dialect or a receiving provider decided, then the
// enhanced status code, then phrases in REASON_ORDER, then generic codes, then onhold / undefined.
import type { Evidence, Reason, RecipientDiagnosis, RecipientRecord } from '../types.js';
import { REASON_ORDER } from './order.js';
import { GENERIC_STATUSES, reasonForStatus } from './status-table.js';
import { findReceiverRule } from '../receivers/index.js';

const NON_FAILURE: ReadonlySet<Reason> = new Set(['delivered', 'vacation', 'feedback']);

export function matchPhrase(text: string): { reason: Reason; phrase: string } | null {
  if (!text) return null;
  const lower = text.toLowerCase();
  for (const rule of REASON_ORDER) {
    for (const p of rule.phrases) if (lower.includes(p)) return { reason: rule.name, phrase: p };
  }
  return null;
}

function isTemporary(rec: RecipientRecord, reason: Reason): boolean {
  if (rec.action === 'delayed') return true;
  if (rec.status) return rec.status[0] === '4';
  if (rec.replyCode) return rec.replyCode[0] === '4';
  if (NON_FAILURE.has(reason)) return false;
  return REASON_ORDER.find((r) => r.name === reason)?.temporary === true && rec.action !== 'failed';
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
  if (receiver) return done(receiver.reason, { by: 'receiver', value: receiver.why }, receiver.name);

  const specific = rec.status && !GENERIC_STATUSES.has(rec.status.slice(2)) ? reasonForStatus(rec.status) : null;
  if (specific) return done(specific, { by: 'status', value: rec.status! });

  const phrase = matchPhrase(rec.diagnostic);
  if (phrase) return done(phrase.reason, { by: 'phrase', value: phrase.phrase });

  const generic = reasonForStatus(rec.status);
  if (generic) return done(generic, { by: 'status', value: rec.status! });

  if (rec.diagnostic || rec.status || rec.replyCode) return done('onhold', { by: 'none', value: 'no rule decided' });
  return done('undefined', { by: 'none', value: 'no information' });
}
