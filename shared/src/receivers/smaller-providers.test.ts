// The corpus's smaller providers, one case each that must decide and one that must not.
import { describe, expect, it } from 'vitest';
import { findReceiverRule } from './index.js';
import { testRecord } from './test-record.js';
import type { RecipientRecord } from '../types.js';

const cases: [string, Partial<RecipientRecord>, string | null][] = [
  ['cloudflare', { remoteMta: 'route1.mx.cloudflare.net', diagnostic: '421 4.3.0 Upstream error, please check https://developers.cloudflare.com/email-routing/postmaster' }, 'onhold'],
  ['cox', { address: 'a@cox.net', diagnostic: '550 5.1.0 <b@example.com> sender rejected. AUP#CDRBL' }, 'blocked'],
  ['facebook', { address: 'a@facebook.com', diagnostic: '550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes Refused due to recipient preferences' }, 'filtered'],
  ['godaddy', { remoteMta: 'smtp.secureserver.net', diagnostic: '550 5.1.1 <a@example.com> - 192.0.2.1 has sent to too many recipients this hour. IB607' }, 'speeding'],
  ['iua', { address: 'a@i.ua', diagnostic: '550 Mailbox is frozen. See http://mail.i.ua/err/3/' }, 'suspend'],
  ['messagelabs', { remoteMta: 'server-1.bemta-2.messagelabs.com', diagnostic: '542 a@example.com Rejected' }, 'userunknown'],
  ['mimecast', { remoteMta: 'eu-smtp-inbound-1.mimecast.com', diagnostic: '554 Host network not allowed' }, 'policyviolation'],
  ['spectrum', { address: 'a@charter.net', diagnostic: '550 5.1.0 <b@example.com> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes' }, 'toomanyconn'],
  ['tencent', { address: 'a@qq.com', diagnostic: '550 Connection frequency limited. http://service.mail.qq.com/' }, 'toomanyconn'],
  ['zoho', { address: 'a@zoho.com', diagnostic: '554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.' }, 'securityerror'],
  ['amazonses', { remoteMta: 'inbound-smtp.us-east-1.amazonaws.com', status: '5.1.1', diagnostic: '550 5.1.1 Mailbox does not exist' }, 'filtered'],
];

describe('smaller providers', () => {
  for (const [name, over, reason] of cases) {
    it(`${name}: decides its own wording`, () => {
      const r = findReceiverRule(testRecord(over));
      expect(r?.name).toBe(name);
      expect(r?.reason ?? null).toBe(reason);
    });
    it(`${name}: stays silent on an ordinary answer`, () => {
      expect(findReceiverRule(testRecord({ ...over, status: '4.3.2', diagnostic: '452 4.3.2 try again later' }))).toBeNull();
    });
  }
});
