// MailMarshal: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('mailmarshal dialect', () => {
  it("reads the reply and the affected recipients", async () => {
    const d = await diagnose(`From: postmaster@relay.example.com
To: sender@example.com
Subject: Undeliverable Mail: "Minutes"
Date: Tue, 3 Mar 2026 09:00:00 +0000
Content-Type: text/plain; charset=us-ascii

Your message:
   From:    sender@example.com
   Subject: Minutes

Could not be delivered because of

550 5.1.1 User unknown

The following recipients were affected:
    absent@relay.example.com

Additional Information
======================
Remote-MTA:         <192.0.2.2>
`);
    expect(d.source).toBe('mailmarshal');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["absent@relay.example.com", "userunknown"]]);
  });
});
