import type { ReasonRule } from './rule.js';

export const hasmoved: ReasonRule = {
  name: 'hasmoved',
  statuses: ["5.1.6"],
  phrases: [
    "has been moved",
    "has moved",
    "address has changed",
    "no longer at this address",
  ],
};
