import type { ReasonRule } from './rule.js';

export const authfailure: ReasonRule = {
  name: 'authfailure',
  statuses: ["5.7.26", "5.7.27", "5.7.20", "5.7.21", "5.7.22", "5.7.23", "5.7.24"],
  phrases: [
    "authentication failure",
    "sender policy framework",
    "unauthenticated email",
    "failed dmarc",
    "bad spf records",
    "spf check",
    "spf validation",
    "spf record",
    "dmarc policy",
    "does not pass dmarc",
    "dkim signature",
    "dkim verification",
    "fails to pass authentication",
    "sender is unauthenticated",
    "does not have authentication information",
  ],
};
