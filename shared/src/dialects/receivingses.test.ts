import { describe, expect, it } from 'vitest';
import { parseMessage } from '../message/index.js';
import { receivingses } from './receivingses.js';
import type { RecipientRecord } from '../types.js';

const report = (host: string) => `From: postmaster@example.jp
Subject: Delivery Status Notification (Failure)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: text/plain

This message could not be delivered.

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; ${host}

Final-Recipient: rfc822; taro@example.jp
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Mailbox does not exist

--b--
`;

const dsn: RecipientRecord[] = [{ address: 'taro@example.jp', action: 'failed', status: '5.1.1', replyCode: '550', remoteMta: null, diagnostic: '550 5.1.1 Mailbox does not exist', command: null }];

describe('receivingses dialect', () => {
  it('recognises SES inbound reports and names the refusing host', async () => {
    const msg = await parseMessage(report('inbound-smtp.eu-west-1.amazonaws.com'));
    expect(receivingses.matches(msg)).toBe(true);
    expect(receivingses.read({ msg, dsn })[0]!.remoteMta).toBe('inbound-smtp.eu-west-1.amazonaws.com');
  });

  it('leaves other reports alone', async () => {
    const msg = await parseMessage(report('mx.example.jp'));
    expect(receivingses.matches(msg)).toBe(false);
  });
});
