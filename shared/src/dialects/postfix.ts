// Postfix: "This is the mail system at host ..." then one paragraph per recipient,
// "<rcpt>: host mx[ip] said: 550 ... (in reply to RCPT TO command)", usually with a delivery-status part.
import type { Dialect } from './dialect.js';
import type { Message } from '../types.js';
import { header } from '../message/index.js';
import { blocks, fromBlock, head, merge, section } from './mta-text.js';

const SIGNS = ['this is the mail system at host', 'this is the postfix program at host', 'i\'m sorry to have to inform you that your message could not'];
const RCPT_LINE = /^<([^<>\s]{1,320}@[^<>\s]{1,255})>(?: \(expanded from [^)]{0,330}\))?:\s?(.*)$/;

function isPostfix(msg: Message): boolean {
  if (header(msg, 'x-postfix-queue-id')) return true;
  const h = head(msg, 20);
  return SIGNS.some((s) => h.includes(s));
}

export const postfix: Dialect = {
  name: 'postfix',
  matches: isPostfix,
  read({ msg, dsn }) {
    const lines = section(msg.text, null, /^(?:-{2,}|\s*-- )?\s*(?:undelivered message|original message|content-type: message\/rfc822|the original message headers)/i);
    const delayed = /delayed mail/i.test(msg.subject);
    const text = blocks(lines, (l) => {
      const m = RCPT_LINE.exec(l);
      return m ? [m[1]!, m[2]!] : null;
    }).map((b) => fromBlock(b, delayed ? { action: 'delayed' } : {}));
    return merge(dsn, text, 'contains');
  },
};
