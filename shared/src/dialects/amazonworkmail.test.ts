import { describe, expect, it } from 'vitest';
import { parseMessage } from '../message/index.js';
import { amazonworkmail } from './amazonworkmail.js';

describe('amazonworkmail dialect', () => {
  it('reads the delivery-status fields written into the text, and SES giving up as expired', async () => {
    const msg = await parseMessage(`From: MAILER-DAEMON@us-east-1.amazonses.com
Subject: Delivery Status Notification (Failure)
Content-Type: text/plain

An error occurred while trying to deliver the mail to the following recipients:
taro@example.jp
hanako@example.org

Technical report:

Reporting-MTA: dsn; a1-2.smtp-out.us-east-1.amazonses.com

Action: failed
Final-Recipient: rfc822; taro@example.jp
Diagnostic-Code: smtp; 550 5.2.2 <taro@example.jp>... Mailbox Full
Status: 5.2.2

Action: failed
Final-Recipient: rfc822; hanako@example.org
Diagnostic-Code: smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>
Status: 4.4.7
`);
    expect(amazonworkmail.matches(msg)).toBe(true);
    const recs = amazonworkmail.read({ msg, dsn: [] });
    expect(recs.map((r) => [r.address, r.status])).toEqual([['taro@example.jp', '5.2.2'], ['hanako@example.org', '4.4.7']]);
    expect(recs[0]!.reason).toBeUndefined();
    expect(recs[1]!.reason).toBe('expired');
  });
});
