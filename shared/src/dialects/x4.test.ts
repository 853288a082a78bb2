// X4 (qmail-based ISP MTA): synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('x4 dialect', () => {
  it("reads the local delivery agent words", async () => {
    const d = await diagnose(`From: MAILER-DAEMON@mx.example.net
To: sender@example.com
Subject: failure notice
Date: Tue, 3 Mar 2026 09:00:00 +0000
Content-Type: text/plain; charset=us-ascii

Your mail message to the following address(es) could not be delivered. This
is a permanent error. Please verify the addresses and try again.

<stuffed@example.com>:
child status 100...The e-mail message could not be delivered because the user's mailfolder is full.

--- Below this line is a copy of the message.
`);
    expect(d.source).toBe('x4');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["stuffed@example.com", "mailboxfull"]]);
    expect(d.recipients[0]!.replyCode).toBeNull();
  });
});
