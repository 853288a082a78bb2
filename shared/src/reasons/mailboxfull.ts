import type { ReasonRule } from './rule.js';

export const mailboxfull: ReasonRule = {
  name: 'mailboxfull',
  statuses: ["5.2.2", "4.2.2", "5.2.0"],
  phrases: [
    "mailbox full",
    "mailbox is full",
    "over quota",
    "quota exceeded",
    "exceeded storage allocation",
    "disk quota exceeded",
    "disc quota exceeded",
    "mailbox size limit exceeded",
    "account is full",
    "inbox is full",
    "user is over quota",
    "mailfolder is full",
    "not enough storage",
    "over the allowed quota",
    "メールボックスの容量",
    "容量オーバー",
    "容量が不足",
    "メールボックスがいっぱい",
    "メールボックスが一杯",
    "not enough disk space",
  ],
};
