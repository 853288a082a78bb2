// Facebook / Meta mail (facebook.com): replies carry a code documented at postmaster.facebook.com,
// e.g. "RCP-P1" (no such recipient) and "RCP-P2" (refused due to the recipient's preferences).
import type { Reason } from '../types.js';
import type { ReceiverRule } from './rule.js';

const CODES: Record<string, Reason> = {
  'rcp-p1': 'userunknown',
  'rcp-p2': 'filtered',
  'rcp-p3': 'filtered',
  'rcp-t1': 'systemerror',
  'rcp-t4': 'blocked',
  'mbx-p1': 'mailboxfull',
  'msg-p1': 'mesgtoobig',
  'poi-p1': 'blocked',
  'poi-p2': 'blocked',
  'int-p1': 'policyviolation',
};

export const facebook: ReceiverRule = {
  name: 'facebook',
  since: '2010-11-15',
  domains: ['facebook.com', 'fb.com', 'instagram.com', 'meta.com'],
  mtaSuffixes: ['facebook.com', 'fbmail.com'],
  signatures: ['postmaster.facebook.com'],
  decide(_rec, lower) {
    const m = /\b([a-z]{3}-[pt]\d)\b/.exec(lower);
    const reason = m ? CODES[m[1]!] : undefined;
    return reason ? { reason, why: `Facebook: ${m![1]!.toUpperCase()}` } : null;
  },
};
