// au / KDDI (ezweb.ne.jp, au.com, UQ mobile): a recipient's reception filter (指定受信 / 迷惑メール
// フィルター) refuses with "550 : User unknown", the address left empty; a mailbox that does not exist is
// "550 <address>: User unknown". Seen in bounces from 2012 to today.
import type { ReceiverRule } from './rule.js';

const FILTER = /(?:^|[\s>'-])550:? *: *user unknown/;
const NAMED = /<[^<>\s@]{1,128}@[^<>\s@]{1,255}>:? *user unknown/;

export const kddi: ReceiverRule = {
  name: 'kddi',
  since: '2012-01-01',
  domains: ['ezweb.ne.jp', 'au.com', 'uqmobile.jp'],
  mtaSuffixes: ['ezweb.ne.jp', 'au.com'],
  decide(_rec, lower) {
    if (FILTER.test(lower)) return { reason: 'filtered', why: 'au: "550 : User unknown" (reception filter)', detail: 'au-reception-filter' };
    if (NAMED.test(lower)) return { reason: 'userunknown', why: 'au: "550 <address>: User unknown"' };
    if (lower.includes('the user(s) account is disabled')) return { reason: 'suspend', why: 'au: account disabled' };
    return null;
  },
};
