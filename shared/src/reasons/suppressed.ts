import type { ReasonRule } from './rule.js';

export const suppressed: ReasonRule = {
  name: 'suppressed',
  statuses: [],
  phrases: [
    "suppression list",
    "suppressed",
    "on the suppression list",
  ],
};
