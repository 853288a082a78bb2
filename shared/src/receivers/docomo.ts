// NTT docomo (docomo.ne.jp): mfsmax.docomo.ne.jp answers "550 Unknown user <address>" both for a
// mailbox that does not exist and for mail the recipient's reception settings refuse (mail from PCs,
// domain or address filters). The stage tells them apart: RCPT / 5.1.1 is a missing mailbox; after DATA,
// or with the 5.2.0 status, it is the refusal setting. Since 2025-03-13 docomo no longer bounces refused
// mail at all (it is put in the recipient's spam folder); only unknown users still bounce.
import type { ReceiverRule } from './rule.js';

const REFUSED_SINCE = '2025-03-13';

export const docomo: ReceiverRule = {
  name: 'docomo',
  since: '2004-01-01',
  domains: ['docomo.ne.jp', 'mopera.net'],
  mtaSuffixes: ['docomo.ne.jp'],
  facts: [
    {
      since: REFUSED_SINCE,
      detail: 'docomo-pc-mail-refused',
      text: 'docomo puts mail that the recipient\'s reception settings refuse into a spam folder and sends no bounce; only unknown addresses still bounce.',
    },
  ],
  decide(rec, lower) {
    const status = rec.status ?? '';
    const command = (rec.command ?? '').toUpperCase();
    if (lower.includes('552 too much mail data')) return { reason: 'mailboxfull', why: 'docomo: 552 too much mail data' };
    if (lower.includes('552 too many recipients')) return { reason: 'toomanyconn', why: 'docomo: 552 too many recipients' };
    if (lower.includes('503 bad sequence of commands') && !lower.includes('unknown user')) return { reason: 'syntaxerror', why: 'docomo: 503 bad sequence' };
    if (lower.includes('504 command parameter not implemented')) return { reason: 'syntaxerror', why: 'docomo: 504' };
    if (!lower.includes('unknown user') && !lower.includes('user unknown')) return null;
    if (status === '5.1.1' || command === 'RCPT') return { reason: 'userunknown', why: 'docomo: unknown user at RCPT' };
    const detail = 'docomo-pc-mail-refused';
    if (status === '5.2.0') return { reason: 'filtered', why: 'docomo: 5.2.0 unknown user (reception setting)', detail };
    if (command === 'DATA') return { reason: 'rejected', why: 'docomo: unknown user after DATA (reception setting)', detail };
    return { reason: 'filtered', why: 'docomo: unknown user outside RCPT (reception setting)', detail };
  },
};
