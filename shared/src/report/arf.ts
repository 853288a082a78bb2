// RFC 5965 Abuse Reporting Format (feedback loops): not a bounce, but a complaint about a message.
import type { Message, RecipientRecord } from '../types.js';
import { header } from '../message/index.js';
import { cleanAddress, findAddresses, squash } from '../text/index.js';
import { parseFieldBlocks } from './fields.js';
import { originalFromHeaderText } from './original.js';

export function readFeedback(msg: Message): RecipientRecord[] | null {
  const part = msg.parts.find((p) => p.mimeType === 'message/feedback-report');
  const ct = header(msg, 'content-type') ?? '';
  const isArf = !!part || /report-type=["']?feedback-report/i.test(ct);
  if (!isArf) return null;
  const fields = part ? parseFieldBlocks(part.text)[0] ?? new Map<string, string>() : new Map<string, string>();
  const orig = msg.parts.map((p) => (/rfc822/.test(p.mimeType) ? originalFromHeaderText(p.text) : null)).find(Boolean) ?? null;
  const addresses = [
    ...(fields.has('original-rcpt-to') ? [cleanAddress(fields.get('original-rcpt-to'))] : []),
    ...(fields.has('removal-recipient') ? [cleanAddress(fields.get('removal-recipient'))] : []),
    ...(orig?.to ?? []),
  ].filter(Boolean);
  const address = addresses[0] ?? findAddresses(msg.to.join(' '))[0] ?? '';
  const source = fields.get('source-ip') ?? fields.get('reporting-mta') ?? null;
  return [
    {
      address,
      action: null,
      status: null,
      replyCode: null,
      remoteMta: source,
      diagnostic: squash(msg.text.split('\n').filter((l) => l.trim()).slice(0, 3).join(' '), 300),
      command: null,
      reason: 'feedback',
      feedbackType: (fields.get('feedback-type') ?? 'other').toLowerCase(),
    },
  ];
}
