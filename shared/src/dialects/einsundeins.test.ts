// 1&1 / IONOS: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('einsundeins dialect', () => {
  it("reads \"For the following reason\"", async () => {
    const d = await diagnose(`From: "Mail Delivery System" <mailer-daemon@kundenserver.de>
To: sender@example.pt
Subject: Mail delivery failed: returning message to sender
Date: Tue, 3 Mar 2026 09:00:00 +0100
Content-Type: text/plain; charset=utf-8

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error.

The following address failed:

big@example.eu

For the following reason:

Mail size limit exceeded. For explanation visit
http://postmaster.example.com/en/error-messages

--- The header of the original message is following. ---
`);
    expect(d.source).toBe('einsundeins');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["big@example.eu", "mesgtoobig"]]);
  });
});
