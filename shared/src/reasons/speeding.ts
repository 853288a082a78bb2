import type { ReasonRule } from './rule.js';

export const speeding: ReasonRule = {
  name: 'speeding',
  statuses: ["4.7.28"],
  phrases: [
    "too many messages",
    "sending rate",
    "rate exceeded",
    "throttl",
    "submission quota",
    "too many emails",
    "receiving mail at a rate that",
  ],
  temporary: true,
};
