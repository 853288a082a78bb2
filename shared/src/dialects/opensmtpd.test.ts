// OpenSMTPD: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('opensmtpd dialect', () => {
  it("reads one line per recipient and smtpd's own verdicts", async () => {
    const d = await diagnose(`From: Mailer Daemon <MAILER-DAEMON@smtpd.example.net>
To: alice@example.net
Subject: Delivery status notification: error
Date: Tue, 3 Mar 2026 09:00:00 +0900

    Hi!

    This is the MAILER-DAEMON, please DO NOT REPLY to this email.

    An error has occurred while attempting to deliver a message for
    the following list of recipients:

bob@example.org: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown
carol@nowhere.example: Domain does not exist
dave@example.org: Envelope expired

    Below is a copy of the original message:

Subject: test
`);
    expect(d.source).toBe('opensmtpd');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([
      ['bob@example.org', 'userunknown'],
      ['carol@nowhere.example', 'hostunknown'],
      ['dave@example.org', 'expired'],
    ]);
  });
});
