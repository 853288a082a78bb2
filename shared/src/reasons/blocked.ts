import type { ReasonRule } from './rule.js';

export const blocked: ReasonRule = {
  name: 'blocked',
  statuses: [],
  phrases: [
    "blocked",
    "access denied",
    "connection refused",
    "client host rejected",
    "denied by policy",
    "blacklisted",
    "blocklisted",
    "listed in",
    "rbl",
    "spamhaus",
    "bad reputation of ip",
    "refused to accept mail from",
    "banned",
    "your ip",
    "poor reputation",
  ],
};
