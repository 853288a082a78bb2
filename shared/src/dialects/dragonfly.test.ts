// DragonFly Mail Agent: synthetic fixtures written for this test (not corpus files).
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose.js';

const bounce = (rcpt: string, body: string) => `From: MAILER-DAEMON <>
To: alice@df.example.net
Subject: Mail delivery failed
Date: Tue, 3 Mar 2026 09:00:00 +0900

This is the DragonFly Mail Agent v0.13 at df.example.net.

There was an error delivering your mail to <${rcpt}>.

${body}

Message headers follow.

Subject: test
`;

describe('dragonfly dialect', () => {
  it('reads the remote answer and the command it answered', async () => {
    const d = await diagnose(bounce('bob@example.org', 'mx.example.org [192.0.2.40] did not like our RCPT TO:\n552 5.2.2 <bob@example.org>: Mailbox full'));
    expect(d.source).toBe('dragonfly');
    expect(d.recipients[0]).toMatchObject({ address: 'bob@example.org', command: 'RCPT', status: '5.2.2', reason: 'mailboxfull' });
  });
  it("knows dma's own DNS and timeout sentences", async () => {
    const dns = await diagnose(bounce('carol@nowhere.example', 'DNS lookup failure: host nowhere.example not found'));
    expect(dns.recipients[0]!.reason).toBe('hostunknown');
    const old = await diagnose(bounce('dave@example.org', 'Could not deliver for the last 86400 seconds. Giving up.'));
    expect(old.recipients[0]!.reason).toBe('expired');
  });
});
