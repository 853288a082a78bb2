// Verizon Wireless: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('verizon dialect', () => {
  it("reads the vtext gateway reply, even with an unindented boundary parameter", async () => {
    const d = await diagnose(`From: post_master@vtext.com
To: sender@example.com
Subject: Re: hello
Date: Tue, 3 Mar 2026 09:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer-b"

--outer-b
Content-Type: multipart/alternative;
boundary="inner-b"

--inner-b
Content-Type: text/plain; charset=us-ascii

Error: Invalid user address

Error message below:
550 - Requested action not taken: no such user here

Message details:
  Subject: hello
  MAIL FROM: sender@example.com
  RCPT TO: 5550100@vtext.com
--inner-b--

--outer-b--
`);
    expect(d.source).toBe('verizon');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["5550100@vtext.com", "userunknown"]]);
  });
  it("reads the MMS gateway notice", async () => {
    const d = await diagnose(`From: MMSC NDR Administrator <sysadmin@mms1.vzwpix.com>
To: sender@example.jp
Subject: Undeliverable Message
Date: Tue, 3 Mar 2026 09:00:00 +0000
Content-Type: text/plain; charset=us-ascii

Message could not be delivered to mobile.
Error: No valid recipients for this MM

Original Message:
From: Sender <sender@example.jp>
To: 5550123@vzwpix.com
Subject: photo
`);
    expect(d.source).toBe('verizon');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["5550123@vzwpix.com", "userunknown"]]);
  });
});
