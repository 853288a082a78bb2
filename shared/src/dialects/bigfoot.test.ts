// Bigfoot: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('bigfoot dialect', () => {
  it("takes the SMTP command from the transcript", async () => {
    const d = await diagnose(`From: Mail Delivery Subsystem <MAILER-DAEMON@bigfoot.com>
To: <sender@example.jp>
Subject: Returned mail: Requested action not taken: mailbox name not allowed
Date: Tue, 3 Mar 2026 09:00:00 -0800
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="bf1"

--bf1
Content-Type: text/plain

   ----- The following addresses had permanent fatal errors -----
<wrong@example.org>

   ----- Transcript of session follows -----
>>> RCPT TO:<wrong@example.org>
<<< 553 Invalid recipient wrong@example.org (Mode: normal)

--bf1
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.bigfoot.com

Final-Recipient: RFC822; <wrong@example.org>
Action: failed
Status: 5.7.1
Diagnostic-Code: SMTP; 553 Invalid recipient wrong@example.org (Mode: normal)

--bf1--
`);
    expect(d.source).toBe('bigfoot');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["wrong@example.org", "userunknown"]]);
    expect(d.recipients[0]!.command).toBe('RCPT');
  });
});
