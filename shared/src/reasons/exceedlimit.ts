import type { ReasonRule } from './rule.js';

export const exceedlimit: ReasonRule = {
  name: 'exceedlimit',
  statuses: [],
  phrases: [
    "message header size exceeds",
    "exceeds limit",
  ],
};
