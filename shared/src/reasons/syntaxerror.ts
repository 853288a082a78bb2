import type { ReasonRule } from './rule.js';

export const syntaxerror: ReasonRule = {
  name: 'syntaxerror',
  statuses: ["5.5.2", "5.5.1", "5.5.4", "5.5.5", "5.5.0", "5.5.3"],
  phrases: [
    "syntax error",
    "command unrecognized",
    "command not recognized",
    "invalid command",
    "bad sequence",
    "line too long",
  ],
};
