import type { ReasonRule } from './rule.js';

export const securityerror: ReasonRule = {
  name: 'securityerror',
  statuses: ["5.7.1", "5.7.4", "5.7.5", "5.7.6", "5.7.7", "5.7.8", "5.7.9", "5.7.15"],
  phrases: [
    "authentication required",
    "must be authenticated",
    "tls required",
    "encryption required",
    "security policy",
    "not authorized",
    "insecure",
    "certificate",
    "unauthenticated senders not allowed",
  ],
};
