import type { ReasonRule } from './rule.js';

export const undefinedReason: ReasonRule = {
  name: 'undefined',
  statuses: [],
  phrases: [
  ],
};
