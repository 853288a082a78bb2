// Tencent QQ Mail (qq.com, foxmail.com, exmail.qq.com): "Ip frequency limited" / "Connection frequency
// limited" are connection-rate limits on the sending IP.
import type { ReceiverRule } from './rule.js';

export const tencent: ReceiverRule = {
  name: 'tencent',
  since: '2015-01-01',
  domains: ['qq.com', 'foxmail.com', 'vip.qq.com'],
  mtaSuffixes: ['qq.com'],
  signatures: ['service.mail.qq.com', 'service.exmail.qq.com'],
  decide(_rec, lower) {
    if (lower.includes('dmarc check failed')) return { reason: 'authfailure', why: 'Tencent: DMARC check failed' };
    if (lower.includes('frequency limited')) return { reason: 'toomanyconn', why: 'Tencent: frequency limited' };
    if (lower.includes('mailbox not found') || lower.includes('mailbox unavailable')) return { reason: 'userunknown', why: 'Tencent: mailbox not found' };
    return null;
  },
};
