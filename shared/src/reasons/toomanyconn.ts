import type { ReasonRule } from './rule.js';

export const toomanyconn: ReasonRule = {
  name: 'toomanyconn',
  statuses: ["4.3.2"],
  phrases: [
    "too many connections",
    "too many concurrent",
    "connection limit",
    "too many sessions",
    "too many simultaneous",
    "connection rate limit",
    "too many recipients",
  ],
  temporary: true,
};
