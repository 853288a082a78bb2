// Lotus Notes SMTP MTA: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('notes dialect', () => {
  it("reads the failure reasons block", async () => {
    const d = await diagnose(`From: postmaster@gw.example.co.jp
To: sender@example.com
Subject: Undeliverable message
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: text/plain; charset=us-ascii

------- Failure Reasons  --------

User not listed in public Name & Address Book
hanako@example.co.jp

------- Returned Message --------
Subject: hello
`);
    expect(d.source).toBe('notes');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["hanako@example.co.jp", "userunknown"]]);
  });
});
