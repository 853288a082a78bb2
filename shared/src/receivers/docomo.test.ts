import { describe, expect, it } from 'vitest';
import { factsFor, findReceiverRule } from './index.js';
import { classify } from '../reasons/classify.js';
import { docomo } from './docomo.js';
import { testRecord } from './test-record.js';

const at = (over: Parameters<typeof testRecord>[0]) => findReceiverRule(testRecord({ address: 'hanako@docomo.ne.jp', ...over }));

describe('docomo receiver', () => {
  it('tells an unknown mailbox from a refusal by the stage and status', () => {
    expect(at({ status: '5.1.1', command: 'RCPT', diagnostic: '550 Unknown user hanako@docomo.ne.jp' })?.reason).toBe('userunknown');
    expect(at({ status: '5.2.0', diagnostic: '550 Unknown user hanako@docomo.ne.jp' })).toMatchObject({ reason: 'filtered', detail: 'docomo-pc-mail-refused' });
    expect(at({ status: '5.0.0', command: 'DATA', diagnostic: '550 Unknown user hanako@docomo.ne.jp' })).toMatchObject({ reason: 'rejected', detail: 'docomo-pc-mail-refused' });
  });

  it("reads docomo's other fixed answers, also when only the MTA is docomo's", () => {
    expect(at({ diagnostic: '552 Too much mail data' })?.reason).toBe('mailboxfull');
    const viaMta = findReceiverRule(testRecord({ address: 'x@example.jp', remoteMta: 'mfsmax.docomo.ne.jp', diagnostic: '552 Too many recipients' }));
    expect(viaMta).toMatchObject({ name: 'docomo', reason: 'toomanyconn' });
    expect(at({ diagnostic: '421 try later' })).toBeNull();
  });

  it('records since when refused mail no longer bounces', () => {
    const fact = docomo.facts?.find((f) => f.detail === 'docomo-pc-mail-refused');
    expect(fact?.since).toBe('2025-03-13');
    expect(factsFor('docomo-pc-mail-refused')[0]).toMatchObject({ provider: 'docomo', since: '2025-03-13' });
  });

  it("passes the rule's detail on to the diagnosis", () => {
    const d = classify(testRecord({ address: 'hanako@docomo.ne.jp', status: '5.2.0', diagnostic: '550 Unknown user hanako@docomo.ne.jp' }));
    expect(d).toMatchObject({ reason: 'filtered', receiver: 'docomo', detail: 'docomo-pc-mail-refused' });
  });
});
