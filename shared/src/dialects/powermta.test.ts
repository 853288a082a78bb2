// PowerMTA: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('powermta dialect', () => {
  it("takes the bounce category from the delivery-status part", async () => {
    const d = await diagnose(`From: postmaster@mta.example.net
To: bounces@mta.example.net
Subject: Delivery report
Date: Tue, 3 Mar 2026 09:00:00 -0400
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="rep1"

--rep1
Content-Type: text/plain

Hello, this is the mail server on mta.example.net.
  <bad@example.jp>  delivery failed; will not continue trying

--rep1
Content-Type: message/delivery-status

Reporting-MTA: dns;mta.example.net
X-PowerMTA-VirtualMTA: mta.example.net

Final-Recipient: rfc822;bad@example.jp
Action: failed
Status: 5.2.1 (mailbox disabled, not accepting messages)
Remote-MTA: dns;mx.example.jp (192.0.2.5)
Diagnostic-Code: smtp;550 5.2.1 <bad@example.jp>... User Unknown
X-PowerMTA-BounceCategory: bad-mailbox

--rep1--
`);
    expect(d.source).toBe('powermta');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["bad@example.jp", "userunknown"]]);
  });
});
