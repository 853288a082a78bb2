import type { ReasonRule } from './rule.js';

export const expired: ReasonRule = {
  name: 'expired',
  statuses: ["4.4.7", "5.4.7"],
  phrases: [
    "delivery time expired",
    "message expired",
    "retry timeout",
    "could not be delivered for",
    "still undelivered",
    "queue too long",
    "delivery expired",
    "message timed out",
    "has not been delivered",
    "giving up",
    "not delivered after",
    "time limit",
    "connection timed out",
    "all hosts have been failing for a long time",
    "retry timeout exceeded",
    "配送期限",
  ],
  temporary: true,
};
