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

  it('gives a greeting refusal (no >>> line) to the DSN recipient as a block', async () => {
    const d = await diagnose(`From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>
To: alice@example.net
Subject: Returned mail: see transcript for details
Date: Tue, 3 Mar 2026 09:00:00 +0900
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="S2"

--S2

The original message was received at Tue, 3 Mar 2026 08:59:00 +0900

   ----- Transcript of session follows -----
... while talking to mx.example.org.:
<<< 554 mx.example.org - your host is not welcome here
554 5.0.0 Service unavailable

--S2
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: RFC822; bob@example.org
Action: failed
Status: 5.0.0

--S2--
`);
    expect(d.recipients[0]).toMatchObject({ address: 'bob@example.org', command: 'CONN', reason: 'blocked' });
    expect(d.recipients[0]!.diagnostic).toContain('not welcome');
  });

  it('reads a delivery-status block left inline by a broken MIME structure', async () => {
    const d = await diagnose(`From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>
To: alice@example.net
Subject: Returned mail: see transcript for details
Date: Tue, 3 Mar 2026 09:00:00 +0900
Content-Type: message/delivery-status

--X1

The original message was received at Tue, 3 Mar 2026 08:59:00 +0900

   ----- Transcript of session follows -----
alice... Deferred: Connection refused by [192.0.2.7]
Message could not be delivered for 5 days
Message will be deleted from queue

--X1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net
Final-Recipient: RFC822; bob@example.org
Action: failed
Status: 4.4.7

--X1--
`);
    expect(d.recipients).toHaveLength(1);
    expect(d.recipients[0]).toMatchObject({ address: 'bob@example.org', reason: 'expired' });
  });

  it('reads host-level V5 results for the recipients of the unsent message', async () => {
    const d = await diagnose(`From: Mail Delivery Subsystem <MAILER-DAEMON@old.example.net>
To: alice@example.net
Subject: Returned mail: Cannot send message for 5 days
Date: Tue, 3 Mar 2026 09:00:00 +0900

   ----- Transcript of session follows -----
421 example.org (smtp)... Deferred: Connection timed out during user open with example.org
   ----- Unsent message follows -----
From: alice@example.net
To: bob@example.org
Subject: test
`);
    expect(d.source).toBe('v5sendmail');
    expect(d.recipients[0]).toMatchObject({ address: 'bob@example.org', reason: 'expired' });
  });
});
