import type { ReasonRule } from './rule.js';

export const policyviolation: ReasonRule = {
  name: 'policyviolation',
  statuses: ["5.7.0"],
  phrases: [
    "policy violation",
    "policy reasons",
    "violates",
    "prohibited attachment",
    "attachment not allowed",
    "banned attachment",
  ],
};
