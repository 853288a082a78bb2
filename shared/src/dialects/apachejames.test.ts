// Apache James: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('apachejames dialect', () => {
  it("reads the reply and the RCPT TO of the message details", async () => {
    const d = await diagnose(`From: postmaster@james.example.org
To: sender@example.com
Subject: Re: test
Date: Tue, 3 Mar 2026 09:00:00 +0000
Content-Type: text/plain; charset=us-ascii

Error: Invalid user address

Error message below:
550 - Requested action not taken: no such user here

Message details:
  Subject: test
  MAIL FROM: sender@example.com
  RCPT TO: nobody-here@james.example.org
`);
    expect(d.source).toBe('apachejames');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["nobody-here@james.example.org", "filtered"]]);
    // No SMTP command is known, so a 'no such user' after acceptance reads as a filter's answer.
    expect(d.recipients[0]!.command).toBeNull();
  });
});
