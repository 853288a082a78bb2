import { describe, expect, it } from 'vitest';
import { parseMessage } from '../message/index.js';
import { yahoo } from './yahoo.js';

const bounce = (entries: string) => `From: MAILER-DAEMON@yahoo.com
To: sender@yahoo.com
Subject: Failure Notice
Content-Type: text/plain

Sorry, we were unable to deliver your message to the following address.

${entries}
--- Below this line is a copy of the message.

Subject: hi
`;

describe('yahoo dialect', () => {
  it('reads the stage tag, the reply and Yahoo-specific wording', async () => {
    const msg = await parseMessage(bounce(`<taro@example.org>:
Remote host said: 550 5.1.1 <taro@example.org>... User Unknown [RCPT_TO]

<jiro@example.net>:
No mx record found for domain=example.net
`));
    expect(yahoo.matches(msg)).toBe(true);
    const [a, b] = yahoo.read({ msg, dsn: [] });
    expect(a).toMatchObject({ address: 'taro@example.org', command: 'RCPT', status: '5.1.1', replyCode: '550' });
    expect(a!.diagnostic).toBe('550 5.1.1 <taro@example.org>... User Unknown');
    expect(b).toMatchObject({ address: 'jiro@example.net', reason: 'notaccept' });
  });

  it('treats "550: <address>: ..." as the answer to RCPT TO', async () => {
    const msg = await parseMessage(bounce(`<taro@example.jp>:
550: <taro@example.jp>: User unknown
`));
    const [r] = yahoo.read({ msg, dsn: [] });
    expect(r).toMatchObject({ command: 'RCPT', replyCode: '550' });
  });
});
