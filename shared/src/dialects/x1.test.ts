// X1 (Mail Deliver System): synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('x1 dialect', () => {
  it("reads \"addr [reason]\" lines", async () => {
    const d = await diagnose(`From: "Mail Deliver System" <MAILER-DAEMON@mx.example.jp>
To: sender@example.com
Subject: Returned Mail: User unknown
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: text/plain; charset=us-ascii

---The following addresses had delivery errors---

someone@example.co.jp [User unknown]
`);
    expect(d.source).toBe('x1');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["someone@example.co.jp", "filtered"]]);
  });
  it("accepts the newer subject line", async () => {
    const d = await diagnose(`From: "Mail Delivery System" <MAILER-DAEMON@em.example.jp>
To: sender@example.co.jp
Subject: Mail Delivery Failure
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: text/plain; charset=us-ascii

---The following addresses had delivery errors---

other@example.org [User unknown]
`);
    expect(d.source).toBe('x1');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["other@example.org", "filtered"]]);
  });
});
