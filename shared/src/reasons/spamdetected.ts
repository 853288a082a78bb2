import type { ReasonRule } from './rule.js';

export const spamdetected: ReasonRule = {
  name: 'spamdetected',
  statuses: ["5.7.505"],
  phrases: [
    "spam",
    "junk mail",
    "unsolicited",
    "content filter",
    "message content rejected",
    "considered as spam",
    "classified as spam",
    "spam score",
    "blacklisted url",
    "迷惑メールと判定",
    "迷惑メールと判断",
  ],
};
