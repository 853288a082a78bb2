import type { ReasonRule } from './rule.js';

export const requireptr: ReasonRule = {
  name: 'requireptr',
  statuses: ["5.7.25"],
  phrases: [
    "reverse dns",
    "no ptr",
    "ptr record",
    "cannot find your hostname",
    "reverse lookup",
    "does not resolve",
    "client host name",
    "ip name lookup failed",
    "invalid rdns",
    "bad dns ptr resource record",
    "unverifyable sending ip",
  ],
};
