import { describe, expect, it } from 'vitest';
import { findReceiverRule } from './index.js';
import { microsoftCode } from './microsoft-codes.js';
import { testRecord } from './test-record.js';

const ms = (status: string, diagnostic: string, address = 'a@contoso.onmicrosoft.com') => findReceiverRule(testRecord({ address, status, diagnostic }));

describe('Microsoft receiver', () => {
  it('reads 5.2.2 "submission quota exceeded" as a sender rate limit, plain 5.2.2 as a full mailbox', () => {
    expect(ms('5.2.2', '554 5.2.2 mailbox full; STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message [submission quota exceeded]')).toMatchObject({ reason: 'speeding', detail: 'microsoft-submission-quota' });
    expect(ms('5.2.2', '550 5.2.2 STOREDRV.Deliver: mailbox full')?.reason).toBe('mailboxfull');
  });

  it('knows 5.1.10, 5.4.1 access denied, the 5.7.x family and DNS failures', () => {
    expect(ms('5.1.10', '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup')?.reason).toBe('userunknown');
    expect(ms('5.4.1', '550 5.4.1 Recipient address rejected: Access denied.', 'a@outlook.com')?.reason).toBe('userunknown');
    expect(ms('5.7.509', '550 5.7.509 Access denied, sending domain does not pass DMARC')?.reason).toBe('authfailure');
    expect(ms('5.7.606', '550 5.7.606 Access denied, banned sending IP')).toMatchObject({ reason: 'blocked', detail: 'microsoft-banned-ip' });
    expect(ms('4.7.650', '451 4.7.650 The mail server has been temporarily rate limited due to IP reputation')?.reason).toBe('badreputation');
    expect(ms('5.7.515', "550 5.7.515 Access denied, sending domain doesn't meet the required authentication level")?.reason).toBe('securityerror');
    expect(ms('5.4.312', '550 5.4.312 Message expired, DNS query failed')?.reason).toBe('networkerror');
  });

  it('reads sender and recipient restrictions', () => {
    expect(ms('5.1.90', "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients")).toMatchObject({ reason: 'speeding', detail: 'microsoft-sender-daily-limit' });
    expect(ms('5.7.136', '550 5.7.136 RESOLVER.RST.SenderNotAuthenticatedForMailUser; Sender was not authenticated')).toMatchObject({ reason: 'rejected', detail: 'microsoft-recipient-restricted' });
  });

  it('is found by its host names when the recipient domain is a customer domain', () => {
    const r = findReceiverRule(testRecord({ address: 'a@example.jp', remoteMta: 'example-jp.mail.protection.outlook.com', status: '5.7.606', diagnostic: '550 5.7.606 Access denied' }));
    expect(r?.name).toBe('microsoft');
  });

  it('leaves standard codes to the general rules', () => {
    expect(microsoftCode('5.1.1', 'user unknown')).toBeNull();
    expect(ms('5.1.1', '550 5.1.1 user unknown')).toBeNull();
  });
});
