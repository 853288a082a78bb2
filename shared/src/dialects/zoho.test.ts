// Zoho Mail: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('zoho dialect', () => {
  it("reads one line per recipient", async () => {
    const d = await diagnose(`From: mailer-daemon@mail.zoho.com
To: sender@zoho.example.com
Subject: Undelivered Mail Returned to Sender
Date: Tue, 3 Mar 2026 09:00:00 -0800
User-Agent: Zoho Mail
Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.
A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.

first@example.co.jp Invalid Address, ERROR_CODE :550, ERROR_CODE :5.2.2 <first@example.co.jp>... Mailbox Full
second@example.jp Error, ERROR_CODE :421, ERROR_CODE :, Host not reachable.
`);
    expect(d.source).toBe('zoho');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["first@example.co.jp", "mailboxfull"], ["second@example.jp", "expired"]]);
  });
});
