// MailFoundry: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('mailfoundry dialect', () => {
  it("reads the target and the remote server reply", async () => {
    const d = await diagnose(`From: MAILER-DAEMON@example.org
To: sender@example.co.jp
Subject: Message delivery has failed
Date: Tue, 3 Mar 2026 09:00:00 +0000
Content-Type: text/plain; charset=us-ascii

Unable to deliver message to: <quota@example.org>
Delivery failed for the following reason:
mail.example.org[192.0.2.9] responded with failure: 552 sorry, mailbox quota@example.org is over quota

This has been a permanent failure.  No further delivery attempts will be made.
`);
    expect(d.source).toBe('mailfoundry');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["quota@example.org", "mailboxfull"]]);
    expect(d.recipients[0]!.remoteMta).toBe('mail.example.org');
  });
});
