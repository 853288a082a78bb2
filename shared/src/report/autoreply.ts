// RFC 3834 automatic responses (vacation, out-of-office): not failures. Headers decide (Auto-Submitted,
// vendor vacation headers); a subject prefix counts only together with a header that marks the mail as
// machine-made, because "Out of office" is also what people type in ordinary mail.
import type { Message } from '../types.js';
import { header } from '../message/index.js';

const REPLY_SUBJECT = /^\s*(?:auto(?:matic)?[ -]?(?:reply|response|antwort)|auto:|autoreply|out of (?:the )?office|abwesenheitsnotiz|réponse automatique|自動応答|自動返信)/i;
const MTA_FROM = /(?:mailer-daemon|postmaster|mail-daemon|mail delivery)/i;

export function isAutoReply(msg: Message): boolean {
  if (MTA_FROM.test(msg.from)) return false;
  const auto = (header(msg, 'auto-submitted') ?? '').toLowerCase();
  if (auto.startsWith('auto-replied')) return true;
  if (/vacation/i.test(header(msg, 'x-apple-action') ?? '')) return true;
  if (header(msg, 'x-autoreply') || header(msg, 'x-autorespond')) return true;
  const prec = (header(msg, 'precedence') ?? '').toLowerCase();
  if (prec === 'auto_reply') return true;
  const machine = header(msg, 'x-auto-response-suppress') !== null || auto.startsWith('auto-generated') || prec === 'bulk' || prec === 'junk';
  return machine && REPLY_SUBJECT.test(msg.subject);
}
