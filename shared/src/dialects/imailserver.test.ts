// IMail Server: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('imailserver dialect', () => {
  it("maps its own one-line explanations", async () => {
    const d = await diagnose(`From: "Postmaster" <postmaster@mail.example.org>
To: <sender@example.com>
Subject: Undeliverable Mail
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: text/plain; charset=us-ascii

User mailbox exceeds allowed size: full-box@example.org

Original message follows.

Subject: report
`);
    expect(d.source).toBe('imailserver');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["full-box@example.org", "mailboxfull"]]);
  });
  it("uses the remote reply when one is quoted", async () => {
    const d = await diagnose(`From: "Postmaster" <postmaster@mail.example.org>
To: <sender@example.com>
Subject: Undeliverable Mail
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: text/plain; charset=us-ascii

undeliverable to friend@example.net

Body of message generated response:
550 REJECTED - Blacklisted URL in message. HELO=[mail.example.org]
`);
    expect(d.source).toBe('imailserver');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["friend@example.net", "spamdetected"]]);
    expect(d.recipients[0]!.command).toBeNull();
  });
});
