import type { ReasonRule } from './rule.js';

export const norelaying: ReasonRule = {
  name: 'norelaying',
  statuses: ["5.7.54", "5.4.6"],
  phrases: [
    "relay access denied",
    "relaying denied",
    "not permitted to relay",
    "relay not permitted",
    "unable to relay",
    "we do not relay",
    "relaying not allowed",
    "not a gateway",
    "not local host",
    "relay denied",
    "no relaying",
    "not configured to relay",
    "insecure mail relay",
    "email address is not verified",
  ],
};
