import { describe, expect, it } from 'vitest';
import { findReceiverRule } from './index.js';
import { testRecord } from './test-record.js';

describe('Apple receiver', () => {
  it("reads iCloud's answers", () => {
    expect(findReceiverRule(testRecord({ address: 'a@icloud.com', status: '5.1.1', diagnostic: '550 5.1.1 <a@icloud.com>: inactive email address' }))?.reason).toBe('userunknown');
    expect(findReceiverRule(testRecord({ address: 'a@me.com', diagnostic: '552 5.2.2 <a@me.com>: user is over quota' }))?.reason).toBe('mailboxfull');
    expect(findReceiverRule(testRecord({ address: 'a@mac.com', diagnostic: '421 try later' }))).toBeNull();
  });
});
