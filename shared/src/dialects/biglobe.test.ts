// BIGLOBE: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('biglobe dialect', () => {
  it("applies the one explanation to every listed address", async () => {
    const d = await diagnose(`From: postmaster@biglobe.ne.jp
To: sender@example.com
Subject: Returned mail: Service unavailable
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: text/plain; charset=us-ascii

   ----- The following addresses had delivery problems -----
kame@mxr.biglobe.ne.jp
tsuru@mxr.biglobe.ne.jp

   ----- Non-delivered information -----
The number of messages in recipient's mailbox exceeded the local limit.
`);
    expect(d.source).toBe('biglobe');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["kame@mxr.biglobe.ne.jp", "mailboxfull"], ["tsuru@mxr.biglobe.ne.jp", "mailboxfull"]]);
  });
});
