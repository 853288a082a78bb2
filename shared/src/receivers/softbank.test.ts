import { describe, expect, it } from 'vitest';
import { findReceiverRule } from './index.js';
import { testRecord } from './test-record.js';

describe('SoftBank receiver', () => {
  it('reads "Invalid recipient" and the 5.2.0 filter answer', () => {
    expect(findReceiverRule(testRecord({ address: 'a@i.softbank.jp', diagnostic: '550 Invalid recipient: <a@i.softbank.jp>' }))?.reason).toBe('userunknown');
    expect(findReceiverRule(testRecord({ address: 'a@t.vodafone.ne.jp', status: '5.2.0', diagnostic: '550 rejected' }))).toMatchObject({ reason: 'filtered', detail: 'softbank-reception-filter' });
    expect(findReceiverRule(testRecord({ address: 'a@softbank.ne.jp', status: '4.2.2', diagnostic: 'mailbox full' }))).toBeNull();
  });
});
