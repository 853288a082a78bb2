import type { ReasonRule } from './rule.js';

export const delivered: ReasonRule = {
  name: 'delivered',
  statuses: [],
  phrases: [
  ],
};
