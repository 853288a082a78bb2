import type { ReasonRule } from './rule.js';

export const failedstarttls: ReasonRule = {
  name: 'failedstarttls',
  statuses: ["5.7.10", "4.7.10"],
  phrases: [
    "starttls",
    "tls handshake",
    "tls negotiation",
    "ssl handshake",
    "must issue a starttls",
  ],
};
