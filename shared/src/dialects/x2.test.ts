// X2 (qmail-derived webmail MTA): synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('x2 dialect', () => {
  it("reads each recipient and its explanation", async () => {
    const d = await diagnose(`From: MAILER-DAEMON@mail.example.com
To: sender@example.jp
Subject: Delivery failure
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: text/plain; charset=us-ascii

Message from example.com.
Unable to deliver message to the following address(es).

<closed@example.com>:
Sorry your message to closed@example.com cannot be delivered. This account has been disabled or discontinued [#102].

<far@example.net>:
Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)
I'm not going to try again; this message has been in the queue too long.

--- Original message follows.
`);
    expect(d.source).toBe('x2');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["closed@example.com", "suspend"], ["far@example.net", "networkerror"]]);
  });
});
