// fml mailing list manager: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('fml dialect', () => {
  it("turns a non-member post into rejected", async () => {
    const d = await diagnose(`From: list-admin@lists.example.org
To: poster@example.com
Subject: You poster@example.com are not member (cats ML)
Date: Tue, 3 Mar 2026 09:00:00 +0900
X-MLServer: fml [fml 4.0.3 release]
Content-Type: text/plain; charset=us-ascii

You are not a member of this mailing list <cats@lists.example.org>.
`);
    expect(d.source).toBe('fml');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["cats@lists.example.org", "rejected"]]);
  });
});
