import type { ReasonRule } from './rule.js';

export const onhold: ReasonRule = {
  name: 'onhold',
  statuses: [],
  phrases: [
  ],
};
