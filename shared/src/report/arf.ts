// Complaints about a message, not bounces: RFC 5965 Abuse Reporting Format (feedback loops), Microsoft's
// JMRP reports (the complained-about message attached with an X-HmXmrOriginalRecipient header) and
// Apple Mail's one-click unsubscribe mails (X-Apple-Unsubscribe).
import type { Message, Part, RecipientRecord } from '../types.js';
import { header } from '../message/index.js';
import { cleanAddress, findAddresses, isSpace, squash } from '../text/index.js';
import { parseFieldBlocks } from './fields.js';
import { originalFromHeaderText } from './original.js';

/** Every value of one field name in a field block text (ARF repeats Original-Rcpt-To per recipient). */
function allValues(text: string, name: string, max = 500): string[] {
  const out: string[] = [];
  const prefix = name.toLowerCase() + ':';
  for (const line of text.split('\n')) {
    if (out.length >= max) break;
    if (line.slice(0, prefix.length).toLowerCase() === prefix) out.push(line.slice(prefix.length).trim());
  }
  return out;
}

/** The first three non-blank lines, squashed (lines are cut one at a time: the body may be long). */
function firstLines(text: string): string {
  const lines: string[] = [];
  for (let pos = 0; lines.length < 3 && pos <= text.length; ) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    let i = pos;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i < end) lines.push(text.slice(pos, end));
    pos = end + 1;
  }
  return squash(lines.join(' '), 300);
}

function record(address: string, source: string | null, diagnostic: string, feedbackType: string): RecipientRecord {
  return {
    address,
    action: null,
    status: null,
    replyCode: null,
    remoteMta: source,
    diagnostic,
    command: null,
    reason: 'feedback',
    feedbackType,
  };
}

/** Microsoft JMRP: the complained-about message is attached and names the complaining recipient. */
function readJmrp(msg: Message): RecipientRecord[] | null {
  for (const p of msg.parts) {
    if (!p.mimeType.includes('rfc822') || !/x-hmxmroriginalrecipient:/i.test(p.text.slice(0, 64 * 1024))) continue;
    const block = parseFieldBlocks(p.text.slice(0, 64 * 1024), 1)[0];
    const rcpt = cleanAddress(block?.get('x-hmxmroriginalrecipient'));
    if (!rcpt) continue;
    return [record(rcpt, block?.get('x-reporter-ip') ?? null, firstLines(msg.text) || squash(msg.subject, 300), 'abuse')];
  }
  return null;
}

/** Apple Mail's one-click unsubscribe: the sender is the one opting out. */
function readAppleOptOut(msg: Message): RecipientRecord[] | null {
  const who = cleanAddress(msg.from);
  return who ? [record(who, null, firstLines(msg.text), 'opt-out')] : null;
}

/** The message/feedback-report part, if any (a loop: a callback would be one more closure per message). */
function feedbackPart(msg: Message): Part | null {
  const parts = msg.parts;
  for (let i = 0; i < parts.length; i++) if (parts[i]!.mimeType === 'message/feedback-report') return parts[i]!;
  return null;
}

const ARF_TYPE = /report-type=["']?feedback-report/i;

/**
 * Asked of every message, and almost every one is no complaint: only the signs are looked at here. The
 * readers are functions of their own, so that the rare report's work is not compiled into this one.
 */
export function readFeedback(msg: Message): RecipientRecord[] | null {
  if ((header(msg, 'x-apple-unsubscribe') ?? '').trim().toLowerCase() === 'true') {
    const apple = readAppleOptOut(msg);
    if (apple) return apple;
  }
  const part = feedbackPart(msg);
  if (part || ARF_TYPE.test(header(msg, 'content-type') ?? '')) return readArf(msg, part);
  return readJmrp(msg);
}

/** An RFC 5965 report (with or without its message/feedback-report part). */
function readArf(msg: Message, part: Part | null): RecipientRecord[] {
  const fields = part ? parseFieldBlocks(part.text)[0] ?? new Map<string, string>() : new Map<string, string>();
  const orig = msg.parts.map((p) => (p.mimeType.includes('rfc822') ? originalFromHeaderText(p.text) : null)).find(Boolean) ?? null;
  const rcpts = part ? allValues(part.text, 'original-rcpt-to').map(cleanAddress).filter(Boolean) : [];
  const addresses = [
    ...rcpts,
    ...(fields.has('removal-recipient') ? [cleanAddress(fields.get('removal-recipient'))] : []),
    ...(orig?.to ?? []),
  ].filter(Boolean);
  const source = fields.get('source-ip') ?? fields.get('reporting-mta') ?? null;
  const type = (fields.get('feedback-type') ?? 'other').toLowerCase();
  const diagnostic = firstLines(msg.text);
  const list = rcpts.length ? [...new Set(rcpts.map((a) => a.toLowerCase()))].map((k) => rcpts.find((a) => a.toLowerCase() === k)!) : [addresses[0] ?? findAddresses(msg.to.join(' '))[0] ?? ''];
  return list.map((a) => record(a, source, diagnostic, type));
}
