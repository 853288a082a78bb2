import { describe, expect, it } from 'vitest';
import { parseMessage } from '../message/index.js';
import { exchange2007 } from './exchange2007.js';
import { office365 } from './office365.js';
import type { RecipientRecord } from '../types.js';

const ndr = (diag: string, from = 'postmaster@example.com') => `From: <${from}>
To: sender@example.net
Subject: Undeliverable: report
Content-Type: text/plain; charset=us-ascii

Delivery has failed to these recipients or groups:

taro@example.com<mailto:taro@example.com>
The recipient's mailbox is full and can't accept messages now.

Diagnostic information for administrators:

Generating server: mbx01.example.com
${diag}

Original message headers:

Subject: report
`;

const dsnRec = (address: string): RecipientRecord => ({
  address, action: 'failed', status: '5.0.0', replyCode: null, remoteMta: null, diagnostic: '', command: null,
});

describe('exchange2007 dialect', () => {
  it('reads the first (latest) server answer and keeps the DSN action', async () => {
    const msg = await parseMessage(ndr(`
taro@example.com
#550 5.2.2 STOREDRV.Deliver: mailbox full ##`));
    expect(exchange2007.matches(msg)).toBe(true);
    expect(office365.matches(msg)).toBe(false);
    const [r] = exchange2007.read({ msg, dsn: [dsnRec('taro@example.com')] });
    expect(r).toMatchObject({ address: 'taro@example.com', status: '5.2.2', replyCode: '550', action: 'failed' });
    expect(r!.diagnostic).toBe('550 5.2.2 STOREDRV.Deliver: mailbox full');
  });

  it("uses Microsoft's own meaning of its codes (submission quota is a sender limit)", async () => {
    const msg = await parseMessage(ndr(`
taro@example.com
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Submission.Exception:SubmissionQuotaExceededException; submission quota exceeded'`));
    const [r] = exchange2007.read({ msg, dsn: [] });
    expect(r).toMatchObject({ reason: 'speeding', detail: 'microsoft-submission-quota' });
  });

  it('takes the remote host from "Server at ... returned" and lets a passed-on answer decide later', async () => {
    const msg = await parseMessage(ndr(`Receiving server: mx.example.jp (192.0.2.5)

taro@example.com
1/2/2020 3:04:05 AM - Server at mx.example.jp (192.0.2.5) returned '550 5.1.351 Remote server returned unknown recipient or mailbox unavailable -> 550 <taro@example.com>: User unknown'`, 'postmaster@outlook.com'));
    expect(office365.matches(msg)).toBe(true);
    const [r] = office365.read({ msg, dsn: [] });
    expect(r).toMatchObject({ remoteMta: 'mx.example.jp', status: '5.1.351', command: 'RCPT' });
    expect(r!.reason).toBeUndefined();
  });
});
