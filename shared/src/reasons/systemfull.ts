import type { ReasonRule } from './rule.js';

export const systemfull: ReasonRule = {
  name: 'systemfull',
  statuses: ["4.3.1", "5.3.1"],
  phrases: [
    "system full",
    "insufficient system storage",
    "out of disk",
    "out of memory",
    "mail system full",
    "no space left",
    "not enough disk space",
    "insufficient disk space",
  ],
  temporary: true,
};
