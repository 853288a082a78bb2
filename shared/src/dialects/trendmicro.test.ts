// InterScan Messaging Security Suite: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('trendmicro dialect', () => {
  it("reads \"Unable to deliver message to\"", async () => {
    const d = await diagnose(`From: postmaster@scan.example.jp ("InterScan Notification")
To: <sender@example.com>
Subject: Mail could not be delivered
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: text/plain; charset=us-ascii

****** Message from InterScan Messaging Security Suite ******

Unable to deliver message to <typo@example.jp> (and other recipients in the same domain). Please check if address is correct.
`);
    expect(d.source).toBe('trendmicro');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["typo@example.jp", "userunknown"]]);
  });
  it("reads the quoted exchange of InterScan MSS", async () => {
    const d = await diagnose(`From: "InterScan MSS" <postmaster@gw.example.co.jp>
To: <sender@example.jp>
Subject: Undeliverable
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: text/plain; charset=us-ascii

...

Sent <<< RCPT TO:<vanished@example.co.jp>
Received >>> 550 5.1.1 <vanished@example.co.jp>... user unknown

...
`);
    expect(d.source).toBe('trendmicro');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["vanished@example.co.jp", "userunknown"]]);
    expect(d.recipients[0]!.command).toBe('RCPT');
  });
});
