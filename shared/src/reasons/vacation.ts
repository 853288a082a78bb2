import type { ReasonRule } from './rule.js';

export const vacation: ReasonRule = {
  name: 'vacation',
  statuses: [],
  phrases: [
  ],
};
