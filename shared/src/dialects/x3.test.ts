// X3 (Delivery status notification): synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('x3 dialect', () => {
  it("reads the framed notice and the technical details", async () => {
    const d = await diagnose(`From: Mail Delivery System <Mail.Delivery.System@mx.example.com>
To: sender@example.org
Subject: Delivery status notification
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: text/plain; charset=us-ascii

============================================================================
      This is an automatically generated Delivery Status Notification.
Delivery to the following recipients failed permanently:
   * missing@example.com
============================================================================
                             Technical details:
SMTP:RCPT host 192.0.2.10: 553 5.3.0 <missing@example.com>... No such user here
============================================================================
`);
    expect(d.source).toBe('x3');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["missing@example.com", "userunknown"]]);
    expect(d.recipients[0]!.command).toBe('RCPT');
  });
  it("calls an aborted delivery expired", async () => {
    const d = await diagnose(`From: Mail Delivery System <Mail.Delivery.System@mx.example.com>
To: sender@example.org
Subject: Delivery status notification
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: text/plain; charset=us-ascii

      This is an automatically generated Delivery Status Notification.
Delivery to the following recipients was aborted after 6.0 hour(s):
  * slow@example.co.jp
============================================================================
                             Technical details:
Routing: Could not find a gateway for slow@example.co.jp
============================================================================
`);
    expect(d.source).toBe('x3');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["slow@example.co.jp", "expired"]]);
  });
});
