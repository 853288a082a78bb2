// m-FILTER: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('mfilter dialect', () => {
  it("reads the server message and the SMTP command", async () => {
    const d = await diagnose(`From: POSTMASTER <postmaster@example.com>
To: sender@example.jp
Subject: failure notice
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: text/plain; charset=UTF-8

このメールは「m-FILTER」が自動的に生成して送信しています。
以下のメールアドレスへの送信に失敗しました。
who@example.com


-------server message
550 5.1.1 <who@example.com>: Recipient address rejected: User unknown in local recipient table

-------SMTP command
DATA

-------original message
`);
    expect(d.source).toBe('mfilter');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["who@example.com", "userunknown"]]);
    expect(d.recipients[0]!.command).toBe('DATA');
  });
  it("recognises the newer signature without the product name", async () => {
    const d = await diagnose(`From: postmaster <postmaster@example.co.jp>
To: sender@example.org
Subject: failure notice
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: text/plain; charset=UTF-8

このメールは「メールシステム」が自動的に生成して送信しています。
以下のメールアドレスへの送信に失敗しました。
busy@example.co.jp


-------server message
452 4.3.1 Insufficient system resources

-------SMTP command
DATA

-------original mail info
`);
    expect(d.source).toBe('mfilter');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["busy@example.co.jp", "systemfull"]]);
  });
});
