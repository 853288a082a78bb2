import { describe, expect, it } from 'vitest';
import { findReceiverRule } from './index.js';
import { testRecord } from './test-record.js';

describe('Yahoo receiver', () => {
  it("reads Yahoo's unknown-user and policy answers", () => {
    const mx = 'mta5.am0.yahoodns.net';
    expect(findReceiverRule(testRecord({ address: 'a@yahoo.com', remoteMta: mx, command: 'DATA', diagnostic: "554 delivery error: dd This user doesn't have a yahoo.com account (a@yahoo.com) [0]" }))?.reason).toBe('userunknown');
    expect(findReceiverRule(testRecord({ address: 'a@aol.com', remoteMta: mx, diagnostic: '554 5.7.9 Message not accepted for policy reasons.' }))?.reason).toBe('policyviolation');
    // The same words from another host are left to the general rules.
    expect(findReceiverRule(testRecord({ address: 'a@yahoo.com', remoteMta: 'd.mx.mail.yahoo.com', diagnostic: "554 This user doesn't have a yahoo.com account" }))).toBeNull();
  });

  it('is found by its MX hosts and says nothing on answers it has no words for', () => {
    const r = findReceiverRule(testRecord({ address: 'a@example.ca', remoteMta: 'mta6.am0.yahoodns.net', diagnostic: '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints' }));
    expect(r).toMatchObject({ name: 'yahoo', detail: 'yahoo-sender-deferred' });
    expect(findReceiverRule(testRecord({ address: 'a@yahoo.com', diagnostic: '452 try later' }))).toBeNull();
  });
});
