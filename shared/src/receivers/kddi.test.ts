import { describe, expect, it } from 'vitest';
import { findReceiverRule } from './index.js';
import { testRecord } from './test-record.js';

describe('au/KDDI receiver', () => {
  it('reads "550 : User unknown" (empty address) as the reception filter', () => {
    const r = findReceiverRule(testRecord({ address: 'taro@ezweb.ne.jp', diagnostic: '550 5.1.351 Remote server returned unknown recipient -> 550 : User unknown' }));
    expect(r).toMatchObject({ name: 'kddi', reason: 'filtered', detail: 'au-reception-filter' });
  });

  it('reads "550 <address>: User unknown" as an unknown user', () => {
    const r = findReceiverRule(testRecord({ address: 'taro@au.com', diagnostic: '550 <taro@au.com>: User unknown' }));
    expect(r?.reason).toBe('userunknown');
  });

  it('says nothing about answers it does not know', () => {
    expect(findReceiverRule(testRecord({ address: 'taro@ezweb.ne.jp', diagnostic: '452 4.3.1 Insufficient system storage' }))).toBeNull();
  });
});
