// Message -> Report: which reader understands this message, and what it says per recipient.
import type { Kind, Message, RecipientRecord, Report } from '../types.js';
import { parseMessageSync, type Limits, withLimits } from '../message/index.js';
import { DIALECTS } from '../dialects/index.js';
import { noRecords } from '../dialects/mta-text.js';
import { readDeliveryStatus } from './rfc3464.js';
import { readFeedback } from './arf.js';
import { isAutoReply } from './autoreply.js';
import { findOriginal } from './original.js';
import { readText } from './text-reader.js';
import { isReportContentType, senderLooksLikeMta, subjectLooksLikeBounce } from './bounce-signs.js';
import { findStatus, squash } from '../text/index.js';

const DSN_TYPES = ['message/delivery-status', 'message/global-delivery-status'];

function kindOf(records: RecipientRecord[]): Kind {
  if (!records.length) return 'none';
  // One plain pass instead of four callbacks: records come in many shapes, and a callback inlined into
  // findReportSync made it deoptimise (and be compiled again) whenever a new shape arrived.
  let allFeedback = true;
  let anyFailed = false;
  let allDelivered = true;
  let anyDelayed = false;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const action = r.action;
    const reason = r.reason;
    if (reason !== 'feedback') allFeedback = false;
    if (action === 'failed' || (!action && reason !== 'delivered')) anyFailed = true;
    if (action !== 'delivered' && action !== 'relayed' && action !== 'expanded') allDelivered = false;
    if (action === 'delayed') anyDelayed = true;
  }
  // A provider's complaint notice (Amazon SES's JSON "Complaint" event) read by a dialect: feedback, not a bounce.
  if (allFeedback) return 'feedback';
  // One recipient that failed (or whose reader gave no action and no success) makes the message a failure.
  if (anyFailed) return 'failed';
  if (allDelivered) return 'delivered';
  if (anyDelayed) return 'delayed';
  return 'failed';
}

function forwardSubject(msg: Message): boolean {
  const s = msg.subject.trim();
  // Only a subject starting with f, F or 転 can match: most are ruled out without the expression.
  const c = s.charCodeAt(0);
  return (c === 0x66 || c === 0x46 || c === 0x8ee2) && /^(?:fwd?|転送)\s*:/i.test(s);
}

/** A person forwarded the bounce as text ("Fwd: Undelivered Mail..." from someone who is not an MTA). */
function forwardedInline(msg: Message): boolean {
  return msg.headers.length > 0 && forwardSubject(msg) && !senderLooksLikeMta(msg);
}

/**
 * A delivery-status block pasted into the body: a broken MIME structure (no boundary declared) or a
 * bounce forwarded as text. Taken from its first Reporting-MTA / Final-Recipient line to the returned
 * message's headers or the next MIME boundary.
 */
export function inlineDeliveryStatus(text: string): string | null {
  const head = text.slice(0, 128 * 1024);
  if (!/final-recipient:/i.test(head)) return null;
  const start = /^(?:reporting-mta|final-recipient|original-recipient):/im.exec(head);
  if (!start) return null;
  const lines = text.slice(start.index, start.index + 64 * 1024).split('\n');
  const out: string[] = [];
  for (const l of lines) {
    if (/^--\S/.test(l) || /^(?:content-type|return-path|received|from|message-id|subject):/i.test(l)) break;
    out.push(l);
  }
  return out.some((l) => /^final-recipient:/i.test(l)) ? out.join('\n') : null;
}

function baseReport(msg: Message, source: string, recipients: RecipientRecord[], kind: Kind, forwarded: boolean): Report {
  return {
    source,
    kind,
    recipients,
    original: findOriginal(msg),
    bounceDate: msg.date,
    bounceSubject: msg.subject,
    bounceFrom: msg.from,
    forwarded,
  };
}

/** Whether enrich() would leave the record as it is, whatever the text says. */
function complete(r: RecipientRecord): boolean {
  return !!r.diagnostic && r.status != null && r.replyCode != null;
}

/** Fills what the human text says into DSN records that lack it. */
function enrich(records: RecipientRecord[], text: RecipientRecord[]): RecipientRecord[] {
  return records.map((r) => {
    const key = r.address.toLowerCase();
    const t = text.find((x) => x.address.toLowerCase() === key);
    if (!t) return r;
    return {
      ...r,
      diagnostic: r.diagnostic || t.diagnostic,
      status: r.status ?? t.status,
      replyCode: r.replyCode ?? t.replyCode,
    };
  });
}

/** The limits without overrides, built once (they are only read). */
const DEFAULTS: Readonly<Limits> = withLimits();

export async function findReport(msg: Message, overrides?: Partial<Limits>): Promise<Report> {
  return findReportSync(msg, overrides);
}

/** The delivery-status part, if any (a loop: a callback would be one more closure per message). */
function dsnPartOf(msg: Message): string | null {
  const parts = msg.parts;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.mimeType === DSN_TYPES[0] || p.mimeType === DSN_TYPES[1]) return p.text;
  }
  return null;
}

/**
 * The same, synchronously (forwarded bounces recurse with `depth`). The branches few messages take are
 * functions of their own: called rarely, they are not inlined, so the optimised findReportSync stays
 * small to compile and is not thrown away by what only a rare message does.
 */
export function findReportSync(msg: Message, overrides?: Partial<Limits>, depth = 0): Report {
  const limits = overrides ? withLimits(overrides) : DEFAULTS;

  const feedback = readFeedback(msg);
  if (feedback) return baseReport(msg, 'arf', feedback, 'feedback', depth > 0);

  const dsnText = dsnPartOf(msg) ?? inlineDeliveryStatus(msg.text);
  // No part: an empty array of the same map as the part's records (a `[]` here is another, see noRecords).
  const dsn = dsnText ? readDeliveryStatus(dsnText, limits.maxRecipients).recipients : noRecords();

  for (const d of DIALECTS) {
    if (!d.matches(msg)) continue;
    const recs = d.read({ msg, dsn }).slice(0, limits.maxRecipients);
    if (recs.length) return baseReport(msg, d.name, recs, kindOf(recs), depth > 0 || forwardedInline(msg));
  }

  return dsn.length ? deliveryStatusReport(msg, dsn, depth) : undialectedReport(msg, limits, depth);
}

/** A delivery-status part no dialect claimed: its records, with what the text says filled in. */
function deliveryStatusReport(msg: Message, dsn: RecipientRecord[], depth: number): Report {
  // The text is read only when some record lacks what it could fill in.
  const recs = dsn.every(complete) ? dsn : enrich(dsn, readText(msg));
  return baseReport(msg, 'rfc3464', recs, kindOf(recs), depth > 0);
}

/** No dialect and no delivery-status part: an auto-reply, a forwarded bounce, a text bounce, or none. */
function undialectedReport(msg: Message, limits: Readonly<Limits>, depth: number): Report {
  if (isAutoReply(msg) && !subjectLooksLikeBounce(msg)) {
    const recs: RecipientRecord[] = [
      { address: msg.from, action: null, status: null, replyCode: null, remoteMta: null, diagnostic: squash(msg.subject, 300), command: null, reason: 'vacation' },
    ];
    return baseReport(msg, 'rfc3834', recs, 'vacation', depth > 0);
  }

  // A bounce forwarded by a person: look inside attached messages.
  if (depth < limits.maxForwardDepth) {
    for (const p of msg.parts) {
      if (p.mimeType !== 'message/rfc822' && p.mimeType !== 'message/global') continue;
      const inner = parseMessageSync(p.text, limits);
      const rep = findReportSync(inner, limits, depth + 1);
      if (rep.recipients.length && rep.kind !== 'none' && rep.kind !== 'vacation') {
        // rep is this call's own fresh Report: set the flag in place so every Report keeps one shape.
        rep.forwarded = true;
        return rep;
      }
    }
  }

  const headerless = msg.headers.length === 0;
  // Each sign is worked out at most once (the expression below used to ask up to three times).
  const bounceSubject = subjectLooksLikeBounce(msg);
  let mta: boolean | undefined;
  const isMta = () => (mta ??= senderLooksLikeMta(msg));
  let status: boolean | undefined;
  const hasStatus = () => (status ??= !!findStatus(msg.text));
  const looksBounce = isReportContentType(msg) || (isMta() && (bounceSubject || hasStatus()))
    || (bounceSubject && forwardSubject(msg))
    || (headerless && hasStatus());
  if (looksBounce) {
    const recs = readText(msg, [], limits.maxRecipients);
    if (recs.length) return baseReport(msg, headerless ? 'pasted' : 'text', recs, kindOf(recs), depth > 0 || (!isMta() && !headerless));
  }
  return baseReport(msg, 'none', [], 'none', depth > 0);
}
