import type { ReasonRule } from './rule.js';

export const notcompliantrfc: ReasonRule = {
  name: 'notcompliantrfc',
  statuses: ["5.6.0", "5.6.1", "5.6.2"],
  phrases: [
    "rfc 5322",
    "rfc5322",
    "rfc 2822",
    "rfc2822",
    "not rfc compliant",
    "multiple from",
    "header malformed",
    "malformed header",
    "invalid header",
    "multiple addresses in from:",
  ],
};
