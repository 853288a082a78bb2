import type { ReasonRule } from './rule.js';

export const blocked: ReasonRule = {
  name: 'blocked',
  statuses: [],
  phrases: [
    "connection refused",
    "client host rejected",
    "blacklisted",
    "blocklisted",
    "rbl",
    "bad reputation of ip",
    "refused to accept mail from",
    "banned",
    "your ip",
    "poor reputation",
    "blocked using",
    "blocked by",
    "554 blocked",
    "client host blocked",
    "please use the smtp server of your isp",
    "no access from mail server",
    "not accepting connections",
    "part of their network is on our block list",
    "unfortunately, messages from",
  ],
};
