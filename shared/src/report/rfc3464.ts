// RFC 3464 message/delivery-status: one per-message block, then one block per recipient.
import type { Action, RecipientRecord } from '../types.js';
import { cleanAddress, findReplyCode, findStatus, isSpace, isStatus, squash } from '../text/index.js';
import { fieldNames, readFieldSlots, typeChar, typedValue } from './fields.js';
import { findCommand } from './command.js';
import { preferStatus } from './prefer-status.js';
import { dropRepeatedCodes } from './continuation.js';

const ACTIONS: Record<string, Action> = {
  failed: 'failed', failure: 'failed', delayed: 'delayed', delivered: 'delivered', relayed: 'relayed',
  expanded: 'expanded', deliverable: 'delivered', expired: 'failed',
};

export function normaliseAction(v: string | undefined | null): Action | null {
  if (!v) return null;
  const t = v.trim().toLowerCase();
  // The first word: up to the first blank or '('.
  let end = 0;
  while (end < t.length) {
    const c = t.charCodeAt(end);
    if (c === 0x28 || isSpace(c)) break;
    end++;
  }
  const k = end === t.length ? t : t.slice(0, end);
  // Own names only: "Action: constructor" must not find Object's inherited members.
  return Object.prototype.hasOwnProperty.call(ACTIONS, k) ? ACTIONS[k]! : null;
}

export interface DeliveryStatus {
  reportingMta: string | null;
  arrivalDate: string | null;
  recipients: RecipientRecord[];
}

/** The fields a delivery-status report is read from, by slot. */
const FIELDS = fieldNames([
  'reporting-mta', 'arrival-date', 'final-recipient', 'original-recipient', 'x-actual-recipient', 'diagnostic-code',
  'status', 'action', 'remote-mta', 'last-attempt-date', 'will-retry-until',
]);
const REPORTING_MTA = 0;
const ARRIVAL_DATE = 1;
const FINAL_RECIPIENT = 2;
const ORIGINAL_RECIPIENT = 3;
const X_ACTUAL_RECIPIENT = 4;
const DIAGNOSTIC_CODE = 5;
const STATUS = 6;
const ACTION = 7;
const REMOTE_MTA = 8;
const LAST_ATTEMPT_DATE = 9;
const WILL_RETRY_UNTIL = 10;

/**
 * The Diagnostic-Code's type, upper-cased, as /^\s*([a-z0-9-]{1,20})\s*;/i finds it: blanks, a run of 1 to
 * 20 letters, digits and hyphens (a longer run cannot match: no shorter part of it is followed by a blank
 * or ';'), blanks, ';'.
 */
export function diagnosticType(raw: string): string | null {
  let i = 0;
  while (i < raw.length && isSpace(raw.charCodeAt(i))) i++;
  const from = i;
  while (i < raw.length && i - from <= 20 && typeChar(raw.charCodeAt(i))) i++;
  const to = i;
  if (to === from || to - from > 20) return null;
  while (i < raw.length && isSpace(raw.charCodeAt(i))) i++;
  return raw.charCodeAt(i) === 0x3b ? raw.slice(from, to).toUpperCase() : null;
}

/** Reads a delivery-status part. Lenient: fields out of order or blocks run together still work. */
export function readDeliveryStatus(text: string, maxRecipients = 500): DeliveryStatus {
  const blocks = readFieldSlots(text, 1000, FIELDS);
  let reportingMta: string | null = null;
  let arrivalDate: string | null = null;
  const recipients: RecipientRecord[] = [];
  for (const b of blocks) {
    const mta = b[REPORTING_MTA];
    if (mta !== undefined && !reportingMta) reportingMta = typedValue(mta) || null;
    const arrival = b[ARRIVAL_DATE];
    if (arrival !== undefined && !arrivalDate) arrivalDate = arrival;
    const finalRcpt = b[FINAL_RECIPIENT] ?? b[ORIGINAL_RECIPIENT] ?? b[X_ACTUAL_RECIPIENT];
    if (!finalRcpt) continue;
    // An address is at most a few hundred characters; longer values are not addresses at all.
    const originalRecipient = cleanAddress(typedValue(b[ORIGINAL_RECIPIENT]).slice(0, 1024));
    const address = cleanAddress(typedValue(finalRcpt).slice(0, 1024)) || originalRecipient;
    if (!address) continue;
    const rawDiag = b[DIAGNOSTIC_CODE] ?? '';
    const diagnostic = dropRepeatedCodes(squash(typedValue(rawDiag)));
    const rawStatus = (b[STATUS] ?? '').trim();
    const statusInField = findStatus(rawStatus);
    const statusInDiag = findStatus(diagnostic);
    // A more specific code in the diagnostic beats a generic x.0.0 in the Status field.
    const replyCode = findReplyCode(diagnostic);
    const status = preferStatus(isStatus(statusInField) ? statusInField : null, isStatus(statusInDiag) ? statusInDiag : null, replyCode);
    recipients.push({
      address,
      originalRecipient: originalRecipient || null,
      action: normaliseAction(b[ACTION]),
      status,
      replyCode,
      remoteMta: typedValue(b[REMOTE_MTA]) || null,
      reportingMta,
      diagnostic,
      command: findCommand(diagnostic),
      diagnosticType: rawDiag.includes(';') ? diagnosticType(rawDiag) : null,
      lastAttemptDate: b[LAST_ATTEMPT_DATE] ?? null,
      willRetryUntil: b[WILL_RETRY_UNTIL] ?? null,
    });
    if (recipients.length >= maxRecipients) break;
  }
  return { reportingMta, arrivalDate, recipients };
}
