import type { ReasonRule } from './rule.js';

export const systemerror: ReasonRule = {
  name: 'systemerror',
  statuses: ["5.3.0", "4.3.0", "5.3.5", "4.3.5"],
  phrases: [
    "system error",
    "internal error",
    "server error",
    "local configuration error",
    "config error",
    "server configuration problem",
    "cannot process",
    "unable to process",
    "local error",
    "could not load drd",
    "transaction failed",
    "queue file write error",
  ],
  temporary: true,
};
