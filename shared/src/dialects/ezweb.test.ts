// au EZweb: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('ezweb dialect', () => {
  it("takes the outcome from the notice above the recipients", async () => {
    const d = await diagnose(`From: Mail Administrator <Postmaster@ezweb.ne.jp>
To: sender@example.com
Subject: Mail System Error - Returned Mail
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: text/plain; charset=us-ascii

The user(s) account is disabled.

<tanuki-001@ezweb.ne.jp>: 550 user unknown (in reply to RCPT TO command)
`);
    expect(d.source).toBe('ezweb');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["tanuki-001@ezweb.ne.jp", "suspend"]]);
  });
  it("reads the transcript and its SMTP command", async () => {
    const d = await diagnose(`From: Postmaster@ezweb.ne.jp
To: sender@example.com
Subject: Mail System Error - Returned Mail
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: text/plain; charset=us-ascii

Each of the following recipients was rejected by a remote
mail server.
    Recipient: <no-such-box@ezweb.ne.jp>
    >>> RCPT TO:<no-such-box@ezweb.ne.jp>
    <<< 550 <no-such-box@ezweb.ne.jp>: User unknown
`);
    expect(d.source).toBe('ezweb');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["no-such-box@ezweb.ne.jp", "userunknown"]]);
    expect(d.recipients[0]!.command).toBe('RCPT');
  });
  it("calls a silent refusal by the recipient filter filtered", async () => {
    const d = await diagnose(`From: Postmaster@ezweb.ne.jp
To: sender@example.com
Subject: Mail System Error - Returned Mail
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: text/plain; charset=us-ascii

<filtered-box@ezweb.ne.jp>
Each of the following recipients was rejected by a remote mail server.
`);
    expect(d.source).toBe('ezweb');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["filtered-box@ezweb.ne.jp", "filtered"]]);
    expect(d.recipients[0]!.detail).toBe('au-reception-filter');
  });
});
