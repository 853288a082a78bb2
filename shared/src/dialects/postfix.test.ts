// Postfix: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

const DSN = `From: MAILER-DAEMON@relay.example.net (Mail Delivery System)
To: alice@example.net
Subject: Undelivered Mail Returned to Sender
Date: Tue, 3 Mar 2026 09:00:00 +0900
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

--B1
Content-Type: text/plain

This is the mail system at host relay.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<bob@example.org>: host mx.example.org[192.0.2.10] said: 550 5.1.1 <bob@example.org>:
    Recipient address rejected: User unknown in local recipient table (in reply
    to RCPT TO command)

<carol@example.org>: host mx.example.org[192.0.2.10] said: 550 No such user
    here (in reply to end of DATA command)

--B1
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example.net

Final-Recipient: rfc822; bob@example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table

Final-Recipient: rfc822; carol@example.org
Action: failed
Status: 5.0.0
Diagnostic-Code: smtp; 550 No such user here

--B1--
`;

describe('postfix dialect', () => {
  it('takes the SMTP command from the text and the codes from the DSN', async () => {
    const d = await diagnose(DSN);
    expect(d.source).toBe('postfix');
    const [bob, carol] = d.recipients;
    expect(bob).toMatchObject({ address: 'bob@example.org', command: 'RCPT', status: '5.1.1', reason: 'userunknown' });
    // "No such user" answered after DATA: a content filter's answer, not a missing mailbox.
    expect(carol).toMatchObject({ address: 'carol@example.org', command: 'DATA', reason: 'filtered' });
  });

  it("reads smtpd's In:/Out: session transcript", async () => {
    const d = await diagnose(`From: MAILER-DAEMON@relay.example.net
To: postmaster@relay.example.net
Subject: Postmaster Copy: Undelivered Mail
Date: Tue, 3 Mar 2026 09:00:00 +0900

Transcript of session follows.

 Out: 220 relay.example.net ESMTP
 In:  MAIL FROM:<alice@example.net>
 Out: 250 2.1.0 Ok
 In:  RCPT TO:<dave@example.org>
 Out: 250 2.1.5 Ok
 In:  DATA
 Out: 354 End data with <CR><LF>.<CR><LF>
 Out: 451 4.3.0 Error: queue file write error
 In:  QUIT
 Out: 221 2.0.0 Bye

For other details, see the local mail logfile
`);
    expect(d.source).toBe('postfix');
    expect(d.recipients).toHaveLength(1);
    expect(d.recipients[0]).toMatchObject({ address: 'dave@example.org', command: 'DATA', status: '4.3.0', reason: 'systemerror' });
  });

  it('leaves ordinary mail alone', async () => {
    const d = await diagnose('From: a@example.net\nTo: b@example.org\nSubject: hello\n\nThe mail system at host example is fine.\n');
    expect(d.source).not.toBe('postfix');
  });
});
