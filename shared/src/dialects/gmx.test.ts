// GMX: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('gmx dialect', () => {
  it("reads the recipient line and the SMTP command", async () => {
    const d = await diagnose(`From: MAILER-DAEMON@mail.gmx.com
To: sender@gmx.example.com
Subject: Mail delivery failed: returning message to sender
Date: Tue, 3 Mar 2026 09:00:00 +0100
Content-Type: text/plain; charset=utf-8

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error. The following address
failed:

"nobody@example.jp":
SMTP error from remote server after RCPT command:
host: mx.example.jp
5.2.1 <nobody@example.jp>... User Unknown

--- The header of the original message is following. ---
`);
    expect(d.source).toBe('gmx');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["nobody@example.jp", "userunknown"]]);
    expect(d.recipients[0]!.command).toBe('RCPT');
    expect(d.recipients[0]!.remoteMta).toBe('mx.example.jp');
  });
});
