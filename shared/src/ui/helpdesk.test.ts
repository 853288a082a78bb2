import { describe, expect, it } from 'vitest';
import type { Diagnosis, RecipientDiagnosis } from '../types.js';
import type { Advice } from '../advice/types.js';
import { helpdeskText } from './helpdesk.js';

function rcpt(address: string, diagnostic: string): RecipientDiagnosis {
  return {
    address, action: 'failed', status: '5.2.2', replyCode: '552', remoteMta: 'mx.example.jp', diagnostic, command: 'RCPT',
    reason: 'mailboxfull', temporary: false, evidence: { by: 'status', value: '5.2.2' },
  };
}
function advice(title: string, serverWords: string): Advice {
  return {
    reason: 'mailboxfull', detail: null, title, cause: 'c', actor: 'recipient', actorLabel: 'The recipient', temporary: false,
    steps: ['s'], tell: null, serverWords, stoppedAt: 'recipient-mailbox', links: [],
  };
}
const d: Diagnosis = {
  bounce: true, kind: 'failed', source: 'rfc3464',
  recipients: [rcpt('kenji@example.jp', '552 5.2.2 Mailbox full'), { ...rcpt('ok@example.jp', ''), action: 'delivered' }],
  original: { subject: 'Quote\r\nBcc: injected', date: 'Wed, 18 Nov 2026 15:39:58 +0900', messageId: '<m@x>', from: 'me@example.net', to: ['kenji@example.jp'] },
  bounceDate: 'Wed, 18 Nov 2026 15:40:02 +0900', bounceSubject: 'Undelivered', forwarded: true,
};

describe('helpdeskText', () => {
  it('carries the facts a helpdesk needs, in English', () => {
    const t = helpdeskText(d, [advice('Mailbox is full', '552 5.2.2 Mailbox full')], 'en');
    expect(t).toContain('From: me@example.net');
    expect(t).toContain('To: kenji@example.jp');
    expect(t).toContain('1. kenji@example.jp');
    expect(t).toContain('552 5.2.2');
    expect(t).toContain('mx.example.jp');
    expect(t).toContain('mailboxfull');
    expect(t).toContain('Wed, 18 Nov 2026 15:39:58 +0900');
    expect(t).toContain('forwarded');
    // Only recipients that did not arrive are listed.
    expect(t).not.toContain('ok@example.jp');
  });
  it('keeps each header value on one line (no header injection into a pasted mail)', () => {
    const t = helpdeskText(d, [advice('x', 'y')], 'en');
    expect(t).toContain('Subject: Quote Bcc: injected');
    expect(t.split('\n').some((l) => l.startsWith('Bcc:'))).toBe(false);
  });
  it('uses Japanese labels in Japanese', () => {
    const t = helpdeskText(d, [advice('満杯', '552')], 'ja');
    expect(t).toContain('件名: Quote');
    expect(t).toContain('差出人: me@example.net');
  });
});
