import type { ReasonRule } from './rule.js';

export const mesgtoobig: ReasonRule = {
  name: 'mesgtoobig',
  statuses: ["5.3.4", "4.3.4", "5.2.3"],
  // Too many or too large header lines are a content problem, not the message size.
  unless: ["headers too large"],
  phrases: [
    "message too large",
    "message size exceeds",
    "exceeds size limit",
    "message is too big",
    "size limit",
    "exceeds the maximum size",
    "message length exceeds",
    "too large",
    "larger than",
    "maximum message size",
    "message too big",
    "サイズが大きすぎ",
    "容量が大きすぎ",
    "サイズの上限",
    "line limit exceeded",
  ],
};
