import type { ReasonRule } from './rule.js';

export const rejected: ReasonRule = {
  name: 'rejected',
  statuses: ["5.1.8", "5.1.7"],
  phrases: [
    "sender rejected",
    "sender address rejected",
    "domain of sender address",
    "sender verify failed",
    "sender not allowed",
    "invalid sender",
    "bad sender",
    "sender domain",
    "address verification failed",
    "mail from rejected",
    "from address rejected",
    "sender was rejected",
    "access denied (in reply to mail from command)",
    "sending to/from an address that has been blacklisted",
    "unroutable sender address",
    "domain is invalid. please provide a valid from",
    "can't determine purported responsible address",
    "is not a registered gateway user",
    "does not exist e2110",
    "recipient addresses rejected : access denied",
  ],
};
