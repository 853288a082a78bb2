// Whether a message presents itself as a bounce at all. Used to keep ordinary mail (and mail that merely
// talks about bounces) from being read as one.
import type { Message } from '../types.js';
import { header } from '../message/index.js';

const SENDER_WORDS = ['mailer-daemon', 'postmaster', 'mail delivery', 'mail-daemon', 'maildaemon', 'mdaemon', 'mail administrator', 'bounce', 'nobody@', 'mailerdaemon', 'mail system', 'mta@'];
const SUBJECT_WORDS = [
  'undeliver', 'undelivered', 'returned mail', 'return mail', 'delivery status notification', 'delivery failure',
  'delivery failed', 'failure notice', 'mail delivery failed', 'could not be delivered', 'delivery problem',
  'non-delivery', 'nondeliverable', 'non deliverable', 'delivery notification', 'delivery report', 'mail system error',
  'warning: could not send', 'delayed mail', 'delivery delayed', 'delivery has failed', 'rejected', 'not delivered',
  'permanent error', 'temporary error', 'bounce', 'mail failure', 'delivery error', 'returned to sender',
  'error sending', 'failed delivery', 'mail failed', 'returning to sender', 'message delivery', 'notification', 'unable to deliver',
  '配信', '送信できません', 'エラー', '不達', '戻',
];

export function senderLooksLikeMta(msg: Message): boolean {
  const from = `${msg.from} ${header(msg, 'from') ?? ''} ${header(msg, 'return-path') ?? ''}`.toLowerCase();
  return SENDER_WORDS.some((w) => from.includes(w)) || /return-path:\s*<>/i.test(`return-path: ${header(msg, 'return-path') ?? 'x'}`);
}

export function subjectLooksLikeBounce(msg: Message): boolean {
  const s = msg.subject.toLowerCase();
  return SUBJECT_WORDS.some((w) => s.includes(w));
}

export function isReportContentType(msg: Message): boolean {
  return /multipart\/report/i.test(header(msg, 'content-type') ?? '');
}
