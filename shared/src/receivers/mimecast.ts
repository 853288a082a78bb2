// Mimecast (*.mimecast.com): replies name a policy or signature and link to Mimecast's code list.
import type { ReceiverRule } from './rule.js';

export const mimecast: ReceiverRule = {
  name: 'mimecast',
  since: '2016-01-01',
  domains: [],
  mtaSuffixes: ['mimecast.com', 'mimecast-offshore.com'],
  signatures: ['community.mimecast.com', 'mimecast.com/docs'],
  decide(_rec, lower) {
    if (lower.includes('host network not allowed')) return { reason: 'policyviolation', why: 'Mimecast: host network not allowed' };
    // "rejected due to security policies - MCSpamSignature": Mimecast's signature (malware/spam
    // signature) scanner matched the content.
    if (lower.includes('mcspamsignature')) return { reason: 'virusdetected', why: 'Mimecast: signature scan (MCSpamSignature)' };
    if (lower.includes('virus detected') || lower.includes('malware detected')) return { reason: 'virusdetected', why: 'Mimecast: malware' };
    return null;
  },
};
