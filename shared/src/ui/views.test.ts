import { describe, expect, it } from 'vitest';
import type { RecipientDiagnosis } from '../types.js';
import { tagKey, withoutAddress } from './views.js';
import { actingSide, pathDescription } from './path-view.js';
import { UI_EN } from './strings.js';

function rcpt(action: RecipientDiagnosis['action'], temporary: boolean): RecipientDiagnosis {
  return {
    address: 'a@example.jp', action, status: null, replyCode: null, remoteMta: null, diagnostic: '', command: null,
    reason: 'mailboxfull', temporary, evidence: { by: 'none', value: '' },
  };
}

describe('withoutAddress', () => {
  it('drops a leading address and its separator only', () => {
    expect(withoutAddress('a@example.jp: mailbox is full', 'a@example.jp')).toBe('mailbox is full');
    expect(withoutAddress('a@example.jp：満杯です', 'a@example.jp')).toBe('満杯です');
    expect(withoutAddress('Mailbox of a@example.jp is full', 'a@example.jp')).toBe('Mailbox of a@example.jp is full');
    expect(withoutAddress('a@example.jp', 'a@example.jp')).toBe('a@example.jp');
    expect(withoutAddress('x', '')).toBe('x');
  });
});

describe('tagKey', () => {
  it('tells still-retrying, passing and final apart', () => {
    expect(tagKey(rcpt('delayed', true), undefined)).toBe('retryingTag');
    expect(tagKey(rcpt('failed', true), undefined)).toBe('temporaryTag');
    expect(tagKey(rcpt('failed', false), undefined)).toBe('permanentTag');
  });
});

describe('path picture words', () => {
  it('maps actors to sides', () => {
    expect(actingSide('sender')).toBe('yours');
    expect(actingSide('sender-admin')).toBe('yours');
    expect(actingSide('recipient-admin')).toBe('theirs');
    expect(actingSide('nobody')).toBeNull();
  });
  it('says where it stopped and who acts', () => {
    expect(pathDescription('recipient-mailbox', 'recipient', 'The recipient', UI_EN)).toBe(
      "The mail stopped at: the recipient's mailbox. Who has to act: The recipient.");
    expect(pathDescription('unknown', 'nobody', '', UI_EN)).toBe(`${UI_EN.pathUnknown} ${UI_EN.pathNobodyActs}`);
  });
});
