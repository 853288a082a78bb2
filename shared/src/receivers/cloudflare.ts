// Cloudflare Email Routing forwards to the owner's real mailbox; "Upstream error" means that next hop
// failed and Cloudflare does not say why, so nothing can be concluded beyond "try again later".
import type { ReceiverRule } from './rule.js';

export const cloudflare: ReceiverRule = {
  name: 'cloudflare',
  since: '2021-09-29',
  domains: [],
  mtaSuffixes: ['mx.cloudflare.net'],
  signatures: ['developers.cloudflare.com/email-routing'],
  decide(_rec, lower) {
    if (lower.includes('upstream error')) return { reason: 'onhold', why: 'Cloudflare: upstream error (cause not given)', detail: 'cloudflare-upstream-error' };
    return null;
  },
};
