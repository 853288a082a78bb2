import { describe, expect, it } from 'vitest';
import { findReceiverRule, receiverFor } from './index.js';
import { testRecord } from './test-record.js';

describe('Rakuten receiver', () => {
  it('is recognised by its carrier domain and reads a refusal after DATA as a filter', () => {
    expect(receiverFor(testRecord({ address: 'a@rakumail.jp' }))?.name).toBe('rakuten');
    expect(findReceiverRule(testRecord({ address: 'a@rakumail.jp', command: 'DATA', diagnostic: '550 User unknown' }))).toMatchObject({ reason: 'filtered' });
    expect(findReceiverRule(testRecord({ address: 'a@rakumail.jp', command: 'RCPT', diagnostic: '550 User unknown' }))).toBeNull();
  });
});
