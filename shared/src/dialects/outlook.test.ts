import { describe, expect, it } from 'vitest';
import { parseMessage } from '../message/index.js';
import { outlook } from './outlook.js';
import type { RecipientRecord } from '../types.js';

const rec = (diagnostic: string): RecipientRecord => ({
  address: 'taro@example.jp', action: 'failed', status: '5.5.0', replyCode: '554', remoteMta: null, diagnostic, command: null,
});

describe('outlook (Hotmail) dialect', () => {
  it("names the reason from Hotmail's own wording and leaves other answers alone", async () => {
    const msg = await parseMessage(`From: postmaster@mail.hotmail.com
Subject: Delivery Status Notification (Failure)
Content-Type: text/plain

This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed.

       taro@example.jp
`);
    expect(outlook.matches(msg)).toBe(true);
    const out = outlook.read({ msg, dsn: [rec('554 The mail could not be delivered to the recipient because the domain is not reachable.'), rec('550 5.2.2 Mailbox Full')] });
    expect(out[0]!.reason).toBe('hostunknown');
    expect(out[1]!.reason).toBeUndefined();
  });
});
