// SoftBank (softbank.ne.jp, i.softbank.jp, the old vodafone.ne.jp domains, disney.ne.jp): unknown
// mailboxes are refused with "550 Invalid recipient: <address>" at RCPT; mail the recipient's filter
// refuses is answered after the recipients were accepted.
import type { ReceiverRule } from './rule.js';

export const softbank: ReceiverRule = {
  name: 'softbank',
  since: '2006-10-01',
  domains: ['softbank.ne.jp', 'i.softbank.jp', 'vodafone.ne.jp', 'disney.ne.jp'],
  mtaSuffixes: ['softbank.ne.jp', 'softbank.jp', 'vodafone.ne.jp'],
  decide(rec, lower) {
    if (lower.includes('invalid recipient')) return { reason: 'userunknown', why: 'SoftBank: 550 Invalid recipient' };
    if (rec.status === '5.2.0' && !lower.includes('quota')) {
      return { reason: 'filtered', why: 'SoftBank: 5.2.0 (reception filter)', detail: 'softbank-reception-filter' };
    }
    return null;
  },
};
