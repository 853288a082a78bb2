// McAfee Email Gateway: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('mcafee dialect', () => {
  it("reads the delivery problems list", async () => {
    const d = await diagnose(`From: <MAILER-DAEMON@gw.example.com>
To: <sender@example.com>
Subject: Delivery Status
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: text/plain; charset=us-ascii

    --- The following addresses had delivery problems ---

<gone@example.co.jp>   (gone@example.co.jp... No such user)
`);
    expect(d.source).toBe('mcafee');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["gone@example.co.jp", "userunknown"]]);
  });
});
