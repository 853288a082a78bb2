import type { ReasonRule } from './rule.js';

export const mailererror: ReasonRule = {
  name: 'mailererror',
  statuses: [],
  phrases: [
    "mailer error",
    "command output",
    "unknown mailer",
    "procmail",
    "pipe to",
    "x-unix;",
    "command failed",
    "exit code",
    "exit status",
  ],
};
