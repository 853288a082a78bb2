import { describe, expect, it } from 'vitest';
import { parseMessage } from '../message/index.js';
import { amazonses } from './amazonses.js';
import { diagnose } from '../diagnose.js';

const sns = (json: string) => `From: SES Notifications <no-reply@sns.amazonaws.com>
To: ops@example.net
Subject: AWS Notification Message
Content-Type: text/plain; charset=UTF-8

${json}

--
If you wish to stop receiving notifications from this topic, please click the link below.
`;

describe('amazonses dialect', () => {
  it('reads a Bounce event, even with a transport line break inside the JSON', async () => {
    const ev = '{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bouncedRecipients":[{"emailAddress":"taro@example.jp","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}],"reportingMTA":"dsn; a1.smtp-out.amazonses.com"},"mail":{"source":"ops@exam!\n ple.net"}}';
    const msg = await parseMessage(sns(ev));
    expect(amazonses.matches(msg)).toBe(true);
    const [r] = amazonses.read({ msg, dsn: [] });
    expect(r).toMatchObject({ address: 'taro@example.jp', status: '5.1.1', replyCode: '550', action: 'failed', remoteMta: 'a1.smtp-out.amazonses.com' });
  });

  it('unwraps an SNS envelope and reads Complaint and Delivery events', async () => {
    const inner = JSON.stringify({ notificationType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: 'hanako@example.com' }], complaintFeedbackType: 'abuse' } });
    const msg = await parseMessage(sns(JSON.stringify({ Type: 'Notification', Message: inner }, null, 2)));
    const [c] = amazonses.read({ msg, dsn: [] });
    expect(c).toMatchObject({ address: 'hanako@example.com', reason: 'feedback', feedbackType: 'abuse' });

    const del = await parseMessage(sns('{"notificationType":"Delivery","delivery":{"recipients":["jiro@example.org"],"smtpResponse":"250 2.6.0 Message received"}}'));
    expect(amazonses.read({ msg: del, dsn: [] })[0]).toMatchObject({ address: 'jiro@example.org', action: 'delivered', status: '2.6.0' });
  });

  it('files a complaint event as feedback, not as a bounce', async () => {
    const inner = JSON.stringify({ notificationType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: 'hanako@example.com' }], complaintFeedbackType: 'abuse' } });
    const d = await diagnose(sns(JSON.stringify({ Type: 'Notification', Message: inner }, null, 2)));
    expect(d).toMatchObject({ kind: 'feedback', bounce: false, source: 'amazonses' });
    expect(d.recipients.map((r) => r.reason)).toEqual(['feedback']);
    const bounce = await diagnose(sns('{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bouncedRecipients":[{"emailAddress":"taro@example.jp","action":"failed","status":"5.1.1"}]}}'));
    expect(bounce).toMatchObject({ kind: 'failed', bounce: true });
  });

  it("prefers the remote server's code quoted inside SES's summary", async () => {
    const msg = await parseMessage(`From: MAILER-DAEMON@email-bounces.amazonses.com
Subject: Delivery Status Notification (Failure)
Content-Type: text/plain

The following message to <taro@example.jp> was undeliverable.
The reason for the problem:
5.1.0 - Unknown address error 550-'5.2.2 <taro@example.jp>... Mailbox Full' (delivery attempts: 0)
`);
    const [r] = amazonses.read({ msg, dsn: [] });
    expect(r).toMatchObject({ address: 'taro@example.jp', status: '5.2.2' });
    expect(r!.diagnostic).toContain('Mailbox Full');
  });

  it('ignores broken JSON without throwing', async () => {
    const msg = await parseMessage(sns('{"notificationType":"Bounce","bounce":{'));
    expect(amazonses.read({ msg, dsn: [] })).toEqual([]);
  });
});
