// Courier: synthetic fixture written for this test (not a corpus file).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('courier dialect', () => {
  it('reads the remote answer and the command it answered', async () => {
    const d = await diagnose(`From: Courier mail server at mail.example.net <@>
To: alice@example.net
Subject: NOTICE: mail delivery status.
Date: Tue, 3 Mar 2026 09:00:00 +0900
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="=_courier_0"

--=_courier_0
Content-Type: text/plain; charset=us-ascii

This is a delivery status notification from mail.example.net,
running the Courier mail server, version 1.1.

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<bob@example.org>:
    mx.example.org [192.0.2.60]:
>>> DATA
<<< 550 No such user here

---------------------------------------------------------------------------

--=_courier_0
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.net

Final-Recipient: rfc822; bob@example.org
Action: failed
Status: 5.0.0

--=_courier_0--
`);
    expect(d.source).toBe('courier');
    // A missing-user answer to DATA is a filter's verdict.
    expect(d.recipients[0]).toMatchObject({ address: 'bob@example.org', command: 'DATA', diagnostic: '550 No such user here', reason: 'filtered' });
  });
});
