import type { ReasonRule } from './rule.js';

export const feedback: ReasonRule = {
  name: 'feedback',
  statuses: [],
  phrases: [
  ],
};
