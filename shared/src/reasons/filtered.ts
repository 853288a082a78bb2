import type { ReasonRule } from './rule.js';

export const filtered: ReasonRule = {
  name: 'filtered',
  statuses: [],
  phrases: [
    "due to recipient's policy",
    "refuses to accept",
    "rejected by the recipient",
    "filtered",
    "not allowed to receive",
    "受信拒否",
    "envelope recipient is in my badrcptto list",
  ],
};
