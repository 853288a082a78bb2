// au one net / KDDI: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('kddi dialect', () => {
  it("reads \"Could not be delivered to\" and its reason", async () => {
    const d = await diagnose(`From: no-reply@ab1234.dion.ne.jp
To: sender@example.com
Reply-To: no-reply@app.auone-net.jp
Subject: =?UTF-8?B?44Oh44O844Or44Ko44Op44O86YCa55+l?=
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: text/plain; charset=UTF-8

送信先のメールボックスが一杯のため、送信できませんでした。

Your mail sent on: Tue, 3 Mar 2026 08:59:00 +0900
     Could not be delivered to: <usagi@ab1234.dion.ne.jp>
     As their mailbox is full.
`);
    expect(d.source).toBe('kddi');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["usagi@ab1234.dion.ne.jp", "mailboxfull"]]);
  });
});
