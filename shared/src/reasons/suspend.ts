import type { ReasonRule } from './rule.js';

export const suspend: ReasonRule = {
  name: 'suspend',
  statuses: [],
  phrases: [
    "account disabled",
    "account has been disabled",
    "mailbox disabled",
    "mailbox is disabled",
    "mailbox suspended",
    "account suspended",
    "account is suspended",
    "mailbox currently suspended",
    "inactive",
    "is not active",
    "has been suspended",
    "mailbox has been blocked",
    "mailbox unavailable or not local",
    "temporary locked",
    "temporarily locked",
    "利用停止",
  ],
};
