// Yahoo Inc. (yahoo.com and its country domains, AOL, Verizon's former mail): MX hosts under
// yahoodns.net, replies pointing at postmaster.yahooinc.com (formerly postmaster.verizonmedia.com).
// Yahoo! JAPAN (yahoo.co.jp) is a different company and is not covered here.
import type { Reason } from '../types.js';
import type { ReceiverRule } from './rule.js';

/**
 * Yahoo's answers as its current MX hosts (*.yahoodns.net) give them. The same words relayed by
 * another host, or from the older *.mail.yahoo.com front ends, are left to the general rules.
 */
const MX_WORDS: readonly [string, Reason][] = [
  // Checked after the message was accepted ("554 delivery error: dd This user doesn't have a ... account").
  ["this user doesn't have a yahoo", 'userunknown'],
  ["this user doesn't have an aol", 'userunknown'],
  ['message not accepted for policy reasons', 'policyviolation'],
];

/** Yahoo's deferral codes ([TS01]-[TS03], [TSS04]...) mean the same wherever they are quoted. */
const DEFERRAL = ['temporarily deferred due to unexpected volume or user complaints', 'temporarily deferred due to user complaints'];

export const yahoo: ReceiverRule = {
  name: 'yahoo',
  since: '2017-06-13',
  domains: ['yahoo.com', 'ymail.com', 'rocketmail.com', 'aol.com', 'aim.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'yahoo.ca', 'yahoo.com.au'],
  mtaSuffixes: ['yahoodns.net', 'yahoo.com', 'aol.com'],
  signatures: ['postmaster.yahooinc.com', 'postmaster.verizonmedia.com', 'postmaster.yahoo.com'],
  decide(rec, lower) {
    const fromMx = /(?:^|\.)yahoodns\.net\.?$/i.test((rec.remoteMta ?? '').trim().split(/[\s(]/)[0] ?? '');
    if (DEFERRAL.some((w) => lower.includes(w))) {
      const detail = 'yahoo-sender-deferred';
      // Yahoo's MX answers MAIL FROM with it: the sender is refused. Quoted elsewhere it reports the
      // sending IP's standing (complaints, unusual volume): its reputation.
      return fromMx
        ? { reason: 'rejected', why: 'Yahoo MX: sender deferred for volume or user complaints', detail }
        : { reason: 'badreputation', why: 'Yahoo: deferred for volume or user complaints', detail };
    }
    if (!fromMx) return null;
    for (const [w, reason] of MX_WORDS) if (lower.includes(w)) return { reason, why: `Yahoo: ${w}` };
    return null;
  },
};
