import type { ReasonRule } from './rule.js';

export const virusdetected: ReasonRule = {
  name: 'virusdetected',
  statuses: [],
  phrases: [
    "virus",
    "malware",
    "infected",
    "trojan",
    "ウイルスが検出",
    "ウィルスが検出",
  ],
};
