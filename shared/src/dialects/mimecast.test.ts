// Mimecast: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('mimecast dialect', () => {
  it("falls back on its own guess when the server words decide nothing", async () => {
    const d = await diagnose(`From: "postmaster" <postmaster@mc.example.org>
To: <sender@example.jp>
Subject: [Postmaster] Email Delivery Failure
Date: Tue, 3 Mar 2026 09:00:00 +1100
Content-Type: text/plain; charset=UTF-8

This is an automated alert notification. Please do not reply.

An email that you attempted to send to the following address could not be delivered:

-- lost@mc.example.org

The problem appears to be :

-- Recipient email address is possibly incorrect

Additional information follows :

-- 5.4.1 Recipient address rejected: Access denied.

This condition occurred after 1 attempt(s) to deliver over
a period of 0 hour(s).
`);
    expect(d.source).toBe('mimecast');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["lost@mc.example.org", "userunknown"]]);
  });
  it("lets the server words win over the guess", async () => {
    const d = await diagnose(`From: "postmaster" <postmaster@mc.example.org>
To: <sender@example.jp>
Subject: [Postmaster] Email Delivery Failure
Date: Tue, 3 Mar 2026 09:00:00 +1100
Content-Type: text/plain; charset=UTF-8

This is a delivery failure notification message indicating that
an email you addressed to email address :

-- other@example.net

could not be delivered. The problem appears to be :

-- Recipient email address is possibly incorrect

Additional information follows :

-- 5.7.54 SMTP; Unable to relay recipient in non-accepted domain

This condition occurred after 1 attempt(s) to deliver over
a period of 0 hour(s).
`);
    expect(d.source).toBe('mimecast');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["other@example.net", "norelaying"]]);
  });
});
