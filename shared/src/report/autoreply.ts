// RFC 3834 automatic responses (vacation, out-of-office): not failures. Only headers decide, because a
// subject line alone ("Out of office") is also what people type in ordinary mail.
import type { Message } from '../types.js';
import { header } from '../message/index.js';

export function isAutoReply(msg: Message): boolean {
  const auto = (header(msg, 'auto-submitted') ?? '').toLowerCase();
  if (auto.startsWith('auto-replied')) return true;
  if (header(msg, 'x-autoreply') || header(msg, 'x-autorespond') || header(msg, 'x-auto-response-suppress') === 'All' && /out of office|自動応答/i.test(msg.subject)) return true;
  const prec = (header(msg, 'precedence') ?? '').toLowerCase();
  return prec === 'auto_reply';
}
