// GoDaddy mail (smtp.secureserver.net): its "IB" codes, e.g. IB607 "too many recipients this hour",
// and block-list refusals that answer with only a Spamhaus lookup URL.
import type { ReceiverRule } from './rule.js';

export const godaddy: ReceiverRule = {
  name: 'godaddy',
  since: '2014-01-01',
  domains: [],
  mtaSuffixes: ['secureserver.net'],
  signatures: ['x.co/rlbounce', 'secureserver.net'],
  decide(_rec, lower) {
    if (lower.includes('too many recipients this hour') || /\bib60[5-7]\b/.test(lower)) return { reason: 'speeding', why: 'GoDaddy: hourly recipient limit (IB60x)' };
    if (lower.includes('spamhaus.org') || /\bib10[0-9]\b/.test(lower)) return { reason: 'blocked', why: 'GoDaddy: sending IP on a block list' };
    return null;
  },
};
