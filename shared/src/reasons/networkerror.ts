import type { ReasonRule } from './rule.js';

export const networkerror: ReasonRule = {
  name: 'networkerror',
  statuses: ["5.4.0", "4.4.0", "4.4.1", "4.4.2", "5.4.2", "5.4.3", "5.4.6", "4.4.3", "4.4.6", "5.4.1", "4.4.5"],
  phrases: [
    "network is unreachable",
    "no route to host",
    "connection reset",
    "lost connection",
    "dns lookup",
    "too many hops",
    "mail loop",
    "routing loop",
    "loops back to myself",
    "temporary lookup failure",
    "host name lookup failure",
    "malformed or unexpected name server reply",
    "host not found, try again",
  ],
  temporary: true,
};
