// Non-failures: ARF complaints (every Original-Rcpt-To), Microsoft JMRP, Apple unsubscribe, RFC 3834
// auto-replies. Synthetic fixtures.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('feedback reports', () => {
  it('lists every Original-Rcpt-To of an ARF report', async () => {
    const d = await diagnose(`From: fbl@isp.example.net
To: abuse@example.jp
Subject: Abuse Report
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="F"

--F
Content-Type: text/plain

This is an email abuse report.

--F
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: Example-FBL/1.0
Version: 1
Original-Rcpt-To: one@example.org
Original-Rcpt-To: two@example.org
Source-IP: 192.0.2.9

--F
Content-Type: message/rfc822

From: news@example.jp
To: one@example.org
Subject: offer

hello
--F--
`);
    expect(d.kind).toBe('feedback');
    expect(d.bounce).toBe(false);
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([['one@example.org', 'feedback'], ['two@example.org', 'feedback']]);
  });

  it('reads a JMRP complaint from the attached message header', async () => {
    const d = await diagnose(`From: staff@hotmail.example
To: abuse@example.jp
Subject: complaint about message from 192.0.2.9
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="J"

--J
Content-Type: message/rfc822

X-HmXmrOriginalRecipient: reader@hotmail.example
From: news@example.jp
To: reader@hotmail.example
Subject: offer

hello
--J--
`);
    expect(d.kind).toBe('feedback');
    expect(d.recipients[0]).toMatchObject({ address: 'reader@hotmail.example', reason: 'feedback' });
  });
});

describe('auto-replies', () => {
  it('calls an Auto-Submitted reply with a null sender a vacation, not a bounce', async () => {
    const d = await diagnose(`Return-Path: <>
From: Reader <reader@example.org>
To: alice@example.jp
Subject: Automatic reply: hello
Auto-Submitted: auto-replied

I am away until Monday.
`);
    expect(d.kind).toBe('vacation');
    expect(d.bounce).toBe(false);
    expect(d.recipients[0]).toMatchObject({ address: 'reader@example.org', reason: 'vacation' });
  });
  it('does not take a person typing "Out of office" for an auto-reply', async () => {
    const d = await diagnose(`From: Reader <reader@example.org>
To: alice@example.jp
Subject: Out of office party on Friday

Who is coming?
`);
    expect(d.kind).toBe('none');
  });
});
