// SurfControl: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('surfcontrol dialect', () => {
  it("reads the failed host line", async () => {
    const d = await diagnose(`From: <>
To: <sender@example.co.jp>
Subject: Hello
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: text/plain; charset=us-ascii

Your message could not be sent.
A transcript of the attempts to send the message follows.
The number of attempts made: 1
Addressed To: peer@example.org

Failed to send to identified host,
peer@example.org: [192.0.2.44], 554 Service currently unavailable
--- Message non-deliverable.
`);
    expect(d.source).toBe('surfcontrol');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([["peer@example.org", "systemerror"]]);
  });
});
