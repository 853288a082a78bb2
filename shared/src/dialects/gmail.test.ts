import { describe, expect, it } from 'vitest';
import { parseMessage } from '../message/index.js';
import { gmail } from './gmail.js';

const bounce = (body: string) => `From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: sender@example.net
Subject: Delivery Status Notification (Failure)
Content-Type: text/plain; charset=UTF-8

${body}
----- Original message -----

Subject: hello
`;

describe('gmail dialect', () => {
  it('reads the remote answer, its host and the SMTP stage from "(state N)"', async () => {
    const msg = await parseMessage(bounce(`Delivery to the following recipient failed permanently:

     taro@example.jp

Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the server for the recipient domain example.jp by mx1.example.jp. [192.0.2.10].

The error that the other server returned was:
550 550 5.2.2 <taro@example.jp>... Mailbox Full (state 14).`));
    expect(gmail.matches(msg)).toBe(true);
    const [r] = gmail.read({ msg, dsn: [] });
    expect(r).toMatchObject({ address: 'taro@example.jp', status: '5.2.2', replyCode: '550', command: 'RCPT', remoteMta: 'mx1.example.jp', action: 'failed' });
    expect(r!.diagnostic).toBe('550 5.2.2 <taro@example.jp>... Mailbox Full');
    expect(r!.reason).toBeUndefined();
  });

  it('calls a server Google never reached "expired", delayed or not', async () => {
    const msg = await parseMessage(bounce(`Delivery to the following recipient has been delayed:

     hanako@example.org

Message will be retried for 2 more day(s)

Technical details of temporary failure:
The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720
[example.org 192.0.2.20: socket error]`));
    const [r] = gmail.read({ msg, dsn: [] });
    expect(r).toMatchObject({ address: 'hanako@example.org', action: 'delayed', reason: 'expired', status: null });
  });

  it('does not claim other "Delivery to the following recipients failed" reports', async () => {
    const msg = await parseMessage(`From: postmaster@mail.example.com
Subject: Delivery Status Notification (Failure)

This is an automatically generated Delivery Status Notification.
Delivery to the following recipients failed.
       taro@example.jp
`);
    expect(gmail.matches(msg)).toBe(false);
  });
});
