import { describe, expect, it } from 'vitest';
import { findReceiverRule } from './index.js';
import { testRecord } from './test-record.js';

describe('Google receiver', () => {
  it("reads Gmail's documented answers", () => {
    const g = (diagnostic: string, address = 'a@gmail.com') => findReceiverRule(testRecord({ address, diagnostic }))?.reason;
    expect(g('550-5.2.1 The email account that you tried to reach is disabled. - gsmtp')).toBe('suspend');
    expect(g("552-5.2.2 The recipient's inbox is out of storage space and inactive.")).toBe('mailboxfull');
    expect(g('550-5.7.1 This message is not RFC 5322 compliant. There are multiple Subject headers.')).toBe('notcompliantrfc');
    expect(g('550 5.7.26 This mail has been blocked because the sender is unauthenticated.')).toBe('authfailure');
  });

  it("is found by Google's own wording for a customer's domain", () => {
    const r = findReceiverRule(testRecord({ address: 'a@example.org', diagnostic: "DNS Error: 123 DNS type 'mx' lookup of example.org responded with code NXDOMAIN" }));
    expect(r).toMatchObject({ name: 'google', reason: 'networkerror' });
  });

  it('says nothing about a plain 5.1.1 it has no words for', () => {
    expect(findReceiverRule(testRecord({ address: 'a@gmail.com', status: '5.1.1', diagnostic: '550 5.1.1 no' }))).toBeNull();
  });
});
