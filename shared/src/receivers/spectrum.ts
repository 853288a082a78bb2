// Charter Spectrum (charter.net, spectrum.net, twc.com, rr.com): "sender rejected" answers point at
// Spectrum's error-code page; without a code of its own the refusal is Spectrum's connection and
// rate limiting for the sending IP.
import type { ReceiverRule } from './rule.js';

export const spectrum: ReceiverRule = {
  name: 'spectrum',
  since: '2016-05-18',
  domains: ['charter.net', 'spectrum.net', 'twc.com', 'rr.com', 'brighthouse.com'],
  mtaSuffixes: ['charter.net', 'spectrum.net', 'rr.com'],
  signatures: ['spectrum.net/support/internet/understanding-email-error-codes'],
  decide(_rec, lower) {
    if (lower.includes('sender rejected') && lower.includes('spectrum.net/support')) return { reason: 'toomanyconn', why: 'Spectrum: sender refused (rate limiting)' };
    return null;
  },
};
