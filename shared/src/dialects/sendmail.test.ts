// Sendmail 8 and V5 sendmail: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('sendmail dialect', () => {
  it('takes the SMTP command from the transcript and the codes from the DSN', async () => {
    const d = await diagnose(`From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>
To: alice@example.net
Subject: Returned mail: see transcript for details
Date: Tue, 3 Mar 2026 09:00:00 +0900
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="S1"

--S1

The original message was received at Tue, 3 Mar 2026 08:59:00 +0900

   ----- The following addresses had permanent fatal errors -----
<bob@example.org>
    (reason: 552 5.2.3 Message size exceeds fixed maximum message size)

   ----- Transcript of session follows -----
... while talking to mx.example.org.:
>>> MAIL From:<alice@example.net> SIZE=30000000
<<< 552 5.2.3 Message size exceeds fixed maximum message size (20971520)
554 5.0.0 Service unavailable

--S1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: RFC822; bob@example.org
Action: failed
Status: 5.2.3
Diagnostic-Code: SMTP; 552 5.2.3 Message size exceeds fixed maximum message size (20971520)

--S1--
`);
    expect(d.source).toBe('sendmail');
    // 5.2.3 is the per-mailbox limit even though the words say "message size".
    expect(d.recipients[0]).toMatchObject({ address: 'bob@example.org', command: 'MAIL', reason: 'exceedlimit' });
  });

  it('reads V5 sendmail transcripts without a DSN part', async () => {
    const d = await diagnose(`From: Mail Delivery Subsystem <MAILER-DAEMON@old.example.net>
To: alice@example.net
Subject: Returned mail: User unknown
Date: Tue, 3 Mar 2026 09:00:00 +0900

   ----- Transcript of session follows -----
While talking to mx.example.org:
>>> RCPT To:<bob@example.org>
<<< 550 No such user here
550 <bob@example.org>... User unknown
   ----- Unsent message follows -----
To: bob@example.org
Subject: test
`);
    expect(d.source).toBe('v5sendmail');
    expect(d.recipients[0]).toMatchObject({ address: 'bob@example.org', command: 'RCPT', reason: 'userunknown' });
  });
});
