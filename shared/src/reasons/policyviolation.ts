import type { ReasonRule } from './rule.js';

export const policyviolation: ReasonRule = {
  name: 'policyviolation',
  statuses: ["5.7.0"],
  phrases: [
    "policy reasons",
    "violates",
    "prohibited attachment",
    "attachment not allowed",
    "banned attachment",
    "protocol violation",
    "denied by policy",
    "illegal attachment",
    "header error",
    "local policy violation",
    "content presents a potential",
  ],
};
