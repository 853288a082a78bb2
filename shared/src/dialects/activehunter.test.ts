// Active!hunter: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('activehunter dialect', () => {
  it("reads \">>> addr\" and the transcript", async () => {
    const d = await diagnose(`From: "MAILER-DAEMON" <MAILER-DAEMON@example.org>
To: <sender@example.co.jp>
Subject: FAILURE NOTICE : hello
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: text/plain

  ----- The following addresses had permanent fatal errors -----

>>> nomailbox@example.org <nomailbox@example.org>

  ----- Transcript of session follows -----
550 sorry, no mailbox here by that name (#5.1.1 - chkusr)
`);
    expect(d.source).toBe('activehunter');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["nomailbox@example.org", "userunknown"]]);
  });
});
