// RFC 3464 message/delivery-status: one per-message block, then one block per recipient.
import type { Action, RecipientRecord } from '../types.js';
import { cleanAddress, findReplyCode, findStatus, isSpace, isStatus, squash } from '../text/index.js';
import { parseFieldBlocks, typedValue } from './fields.js';
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

/** Reads a delivery-status part. Lenient: fields out of order or blocks run together still work. */
export function readDeliveryStatus(text: string, maxRecipients = 500): DeliveryStatus {
  const blocks = parseFieldBlocks(text);
  let reportingMta: string | null = null;
  let arrivalDate: string | null = null;
  const recipients: RecipientRecord[] = [];
  for (const b of blocks) {
    if (b.has('reporting-mta') && !reportingMta) reportingMta = typedValue(b.get('reporting-mta')) || null;
    if (b.has('arrival-date') && !arrivalDate) arrivalDate = b.get('arrival-date') ?? null;
    const finalRcpt = b.get('final-recipient') ?? b.get('original-recipient') ?? b.get('x-actual-recipient');
    if (!finalRcpt) continue;
    // An address is at most a few hundred characters; longer values are not addresses at all.
    const originalRecipient = cleanAddress(typedValue(b.get('original-recipient')).slice(0, 1024));
    const address = cleanAddress(typedValue(finalRcpt).slice(0, 1024)) || originalRecipient;
    if (!address) continue;
    const rawDiag = b.get('diagnostic-code') ?? '';
    const diagnostic = dropRepeatedCodes(squash(typedValue(rawDiag)));
    const typeMatch = rawDiag.includes(';') ? /^\s*([a-z0-9-]{1,20})\s*;/i.exec(rawDiag) : null;
    const rawStatus = (b.get('status') ?? '').trim();
    const statusInField = findStatus(rawStatus);
    const statusInDiag = findStatus(diagnostic);
    // A more specific code in the diagnostic beats a generic x.0.0 in the Status field.
    const replyCode = findReplyCode(diagnostic);
    const status = preferStatus(isStatus(statusInField) ? statusInField : null, isStatus(statusInDiag) ? statusInDiag : null, replyCode);
    recipients.push({
      address,
      originalRecipient: originalRecipient || null,
      action: normaliseAction(b.get('action')),
      status,
      replyCode,
      remoteMta: typedValue(b.get('remote-mta')) || null,
      reportingMta,
      diagnostic,
      command: findCommand(diagnostic),
      diagnosticType: typeMatch ? typeMatch[1]!.toUpperCase() : null,
      lastAttemptDate: b.get('last-attempt-date') ?? null,
      willRetryUntil: b.get('will-retry-until') ?? null,
    });
    if (recipients.length >= maxRecipients) break;
  }
  return { reportingMta, arrivalDate, recipients };
}
