import { describe, expect, it } from 'vitest';
import { parseMessage } from '../message/index.js';
import { exchange2003 } from './exchange2003.js';

const ndr = (entries: string) => `From: System Administrator <postmaster@example.co.jp>
To: sender@example.net
Subject: Undeliverable: report
Content-Type: text/plain

Your message

  To:      taro@example.co.jp
  Subject: report
  Sent:    Mon, 2 Mar 2009 10:00:00 +0900

did not reach the following recipient(s):

${entries}
`;

describe('exchange2003 dialect', () => {
  it('reads each "address on date" entry and maps Exchange code 000C05A6 to userunknown', async () => {
    const msg = await parseMessage(ndr(`taro@example.co.jp on Mon, 2 Mar 2009 10:00:01 +0900
    The recipient name is not recognized
    MSEXCH:IMS:EXAMPLE:SITE:SERVER 0 (000C05A6) Unknown Recipient
jiro@example.co.jp on Mon, 2 Mar 2009 10:00:01 +0900
    Something else went wrong
    MSEXCH:IMS:EXAMPLE:SITE:SERVER 0 (000B0981)`));
    expect(exchange2003.matches(msg)).toBe(true);
    const recs = exchange2003.read({ msg, dsn: [] });
    expect(recs.map((r) => r.address)).toEqual(['taro@example.co.jp', 'jiro@example.co.jp']);
    expect(recs[0]!.reason).toBe('userunknown');
    expect(recs[0]!.diagnostic).toContain('The recipient name is not recognized');
    // An Exchange code the table does not know decides nothing.
    expect(recs[1]!.reason).toBeUndefined();
    expect(recs[1]!.diagnostic).toContain('Something else went wrong');
  });
});
