import type { ReasonRule } from './rule.js';

export const notaccept: ReasonRule = {
  name: 'notaccept',
  statuses: ["5.3.2", "5.7.50"],
  phrases: [
    "does not accept mail",
    "not accepting mail",
    "null mx",
    "accepts no mail",
    "no mail accepted",
    "indicated no smtp service",
  ],
};
