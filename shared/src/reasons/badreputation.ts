import type { ReasonRule } from './rule.js';

export const badreputation: ReasonRule = {
  name: 'badreputation',
  statuses: [],
  phrases: [
    "reputation",
    "has been temporarily rate limited due to ip reputation",
  ],
  temporary: true,
};
