// qmail: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

describe('qmail dialect', () => {
  it("reads remote answers and qmail's own (#x.y.z) sentences", async () => {
    const d = await diagnose(`From: MAILER-DAEMON@mail.example.net
To: alice@example.net
Subject: failure notice
Date: Tue, 3 Mar 2026 09:00:00 +0900

Hi. This is the qmail-send program at mail.example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<bob@example.org>:
192.0.2.30 does not like recipient.
Remote host said: 550 5.2.2 <bob@example.org>: mailbox over quota
Giving up on 192.0.2.30.

<carol@nowhere.example>:
Sorry, I couldn't find any host named nowhere.example. (#5.1.2)

<dave@example.org>:
Connected to 192.0.2.30 but my name was rejected.
Remote host said: 501 5.0.0 bad helo name

--- Below this line is a copy of the message.

Subject: test
`);
    expect(d.source).toBe('qmail');
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([
      ['bob@example.org', 'mailboxfull'],
      ['carol@nowhere.example', 'hostunknown'],
      ['dave@example.org', 'blocked'],
    ]);
    expect(d.recipients[0]!.command).toBe('RCPT');
    expect(d.recipients[1]!.status).toBe('5.1.2');
  });
});
