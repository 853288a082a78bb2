// HCL Domino: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('domino dialect', () => {
  it("reads \"was not delivered to\" / \"because\"", async () => {
    const d = await diagnose(`From: Postmaster@corp.example.jp
To: sender@example.com
Subject: DELIVERY FAILURE: User Taro Yamada (t.yamada@corp.example.jp) not listed in Domino Directory
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: text/plain; charset=us-ascii

Your message

  Subject: Quarterly figures

was not delivered to:

  t.yamada@corp.example.jp

because:

  User Taro Yamada (t.yamada@corp.example.jp) not listed in Domino Directory
`);
    expect(d.source).toBe('domino');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["t.yamada@corp.example.jp", "userunknown"]]);
  });
  it("understands the Japanese wording", async () => {
    const d = await diagnose(`From: Postmaster@corp.example.jp
To: sender@example.com
Subject: DELIVERY FAILURE:
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: text/plain; charset=UTF-8

Your message
  Subject: 見積
was not delivered to:
  h.sato@corp.example.jp
because:
  ユーザー 佐藤 (h.sato@corp.example.jp) は Domino ディレクトリには見つかりません。
`);
    expect(d.source).toBe('domino');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["h.sato@corp.example.jp", "userunknown"]]);
  });
});
