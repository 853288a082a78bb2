// X6 (hosted-mail MTA): synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('x6 dialect', () => {
  it("reads the rejected-recipient sentence and its command", async () => {
    const d = await diagnose(`From: mailer-daemon
To: sender@example.co.jp
Subject: There was an error sending your mail
Date: Tue, 3 Mar 2026 09:00:00 +0000
Content-Type: text/plain; charset=us-ascii

We had trouble delivering your message. Full details follow:

Subject: 'hello'
Date: 'Tue, 3 Mar 2026 09:00:00 +0000'

1 error(s):

SMTP Server <mx.example.org> rejected recipient <ghost@example.org> (Error following RCPT command). It responded as follows: [550 5.1.1 User unknown]
`);
    expect(d.source).toBe('x6');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["ghost@example.org", "userunknown"]]);
    expect(d.recipients[0]!.command).toBe('RCPT');
    expect(d.recipients[0]!.remoteMta).toBe('mx.example.org');
  });
});
