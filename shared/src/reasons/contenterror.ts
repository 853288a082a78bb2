import type { ReasonRule } from './rule.js';

export const contenterror: ReasonRule = {
  name: 'contenterror',
  statuses: ["5.6.3", "5.6.5", "5.6.6"],
  phrases: [
    "content error",
    "illegal character",
    "invalid content",
    "message contains invalid",
    "bare lf",
    "8-bit",
    "headers too large",
    "duplicate header",
  ],
};
