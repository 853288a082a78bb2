// I.UA (Ukraine; i.ua, email.ua, mail.i.ua error pages): "Mailbox is frozen" = suspended for inactivity.
import type { ReceiverRule } from './rule.js';

export const iua: ReceiverRule = {
  name: 'iua',
  since: '2015-01-01',
  domains: ['i.ua', 'email.ua'],
  mtaSuffixes: ['email.ua', 'i.ua'],
  signatures: ['mail.i.ua/err/'],
  decide(_rec, lower) {
    if (lower.includes('mailbox is frozen')) return { reason: 'suspend', why: 'I.UA: mailbox is frozen' };
    return null;
  },
};
