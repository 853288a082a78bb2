// The decision order of classify(): status code, SMTP command and phrases. Records are synthetic.
import { describe, expect, it } from 'vitest';
import type { RecipientRecord } from '../types.js';
import { classify } from './classify.js';
import { reasonForStatus } from './status-table.js';

const rec = (diagnostic: string, extra: Partial<RecipientRecord> = {}): RecipientRecord => ({
  address: 'someone@example.org',
  action: 'failed',
  status: null,
  replyCode: null,
  remoteMta: null,
  diagnostic,
  command: null,
  ...extra,
});

describe('classify: one sample per reason', () => {
  const table: [string, Partial<RecipientRecord>, string][] = [
    ['550 5.1.1 <x@example.org>... User unknown', { status: '5.1.1', command: 'RCPT' }, 'userunknown'],
    ['550 5.1.2 Host unknown (Name server: example.org: no data known)', { status: '5.1.2' }, 'hostunknown'],
    ['550 5.1.6 recipient no longer on server', { status: '5.1.6' }, 'hasmoved'],
    ['552 5.2.2 Mailbox full', { status: '5.2.2' }, 'mailboxfull'],
    ['552 5.3.4 Message too big for system', { status: '5.3.4' }, 'mesgtoobig'],
    ['552 5.2.3 Message length exceeds administrative limit', { status: '5.2.3' }, 'exceedlimit'],
    ['525 5.7.13 User account disabled', { status: '5.7.13' }, 'suspend'],
    ['554 5.7.1 <x@example.org>: Relay access denied', { status: '5.7.1', command: 'RCPT' }, 'norelaying'],
    ['550 5.7.25 Reverse DNS validation failed', { status: '5.7.25' }, 'requireptr'],
    ['550 5.7.26 Multiple authentication checks failed', { status: '5.7.26' }, 'authfailure'],
    ['553 5.1.8 Domain of sender address does not exist', { status: '5.1.8', command: 'MAIL' }, 'rejected'],
    ['521 5.3.2 System not accepting network messages', { status: '5.3.2' }, 'notaccept'],
    ['554 5.6.0 Media error', { status: '5.6.0' }, 'contenterror'],
    ['451 4.3.0 Error: queue file write error', { status: '4.3.0' }, 'systemerror'],
    ['452 4.3.1 Insufficient system storage', { status: '4.3.1' }, 'systemfull'],
    ['connect to mx.example.org[192.0.2.1]:25: Connection timed out', { status: '4.4.1' }, 'expired'],
    ['550 5.4.6 routing loop detected', { status: '5.4.6' }, 'networkerror'],
    ['procmail: cannot write to the mailbox', { diagnosticType: 'X-UNIX' }, 'mailererror'],
    ['554 5.7.0 Reject, id=1234 - spam detected by the content filter', { status: '5.7.0', command: 'DATA' }, 'spamdetected'],
    ['554 5.7.0 message rejected: virus found in the attachment', { status: '5.7.0', command: 'DATA' }, 'virusdetected'],
    ['554 5.7.9 Message not accepted for policy reasons', { status: '5.7.9', command: 'DATA' }, 'policyviolation'],
    ['550 5.7.1 Messages with multiple addresses in From: header are not accepted', { status: '5.7.1', command: 'DATA' }, 'notcompliantrfc'],
    ['554 5.7.1 client host rejected: blocked using dnsbl.example.net', { status: '5.7.1' }, 'blocked'],
    ['550 5.7.1 delivery not authorized', { status: '5.7.1' }, 'securityerror'],
    ['452 4.3.2 Connection rate limit exceeded', { status: '4.3.2', command: 'MAIL' }, 'toomanyconn'],
    ['504 Command parameter not implemented', { replyCode: '504', command: 'DATA' }, 'syntaxerror'],
    ['something odd happened', {}, 'onhold'],
    ['', {}, 'undefined'],
  ];
  for (const [diagnostic, extra, want] of table) {
    it(`${want}: ${diagnostic.slice(0, 50)}`, () => {
      expect(classify(rec(diagnostic, extra)).reason).toBe(want);
    });
  }
});

describe('classify: the SMTP command matters', () => {
  it('a missing-user answer at RCPT is userunknown, after DATA it is a filter', () => {
    expect(classify(rec('550 No such user here', { command: 'RCPT' })).reason).toBe('userunknown');
    expect(classify(rec('550 No such user here', { command: 'DATA' })).reason).toBe('filtered');
  });
  it('finds the command in Postfix wording when the reader did not set it', () => {
    expect(classify(rec('host mx[192.0.2.1] said: 550 Unknown user (in reply to RCPT TO command)')).command).toBeNull();
    expect(classify(rec('host mx[192.0.2.1] said: 550 Unknown user (in reply to RCPT TO command)')).reason).toBe('userunknown');
  });
  it('a refusal at HELO without other words is blocked', () => {
    expect(classify(rec('421 Service not available', { command: 'HELO', status: '4.0.0' })).reason).toBe('blocked');
  });
  it("Postfix's own type is a mailer error, unless the remote host refused the connection or greeting", () => {
    const refused = 'delivery temporarily suspended: connect to mx.example.org[192.0.2.7]: server refused to talk to me: 421 Service not available';
    expect(classify(rec(refused, { status: '4.0.0', diagnosticType: 'X-Postfix' })).reason).toBe('blocked');
    expect(classify(rec(refused, { status: '4.0.0', diagnosticType: 'X-Postfix' })).evidence).toEqual({ by: 'command', value: 'HELO' });
    expect(classify(rec('delivery temporarily suspended: unknown mail transport error', { status: '4.0.0', diagnosticType: 'X-Postfix' })).reason).toBe('mailererror');
  });
  it('delayed records with nothing else are expired, and temporary', () => {
    const d = classify(rec('', { action: 'delayed' }));
    expect(d.reason).toBe('expired');
    expect(d.temporary).toBe(true);
  });
  it('a 2.x.x status is a delivery, whatever the words', () => {
    expect(classify(rec('250 2.1.5 user unknown? no, delivered', { status: '2.1.5', action: 'delivered' })).reason).toBe('delivered');
  });
  it('keeps evidence of what decided', () => {
    expect(classify(rec('552 5.2.2 Mailbox full', { status: '5.2.2' })).evidence).toEqual({ by: 'status', value: '5.2.2' });
    expect(classify(rec('user is over quota')).evidence).toEqual({ by: 'phrase', value: 'over quota' });
  });
});

describe('status table', () => {
  it('tells the class apart where the meaning differs', () => {
    expect(reasonForStatus('4.2.1')).toBe('blocked');
    expect(reasonForStatus('5.2.1')).toBe('filtered');
  });
  it('gives catch-all and internal codes no meaning of their own', () => {
    expect(reasonForStatus('5.0.0')).toBeNull();
    expect(reasonForStatus('5.0.911')).toBeNull();
    expect(reasonForStatus(null)).toBeNull();
  });
});
