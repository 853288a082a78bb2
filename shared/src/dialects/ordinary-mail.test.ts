// Every dialect must leave ordinary mail alone: a person's note that mentions an address is not a bounce.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from './index.js';
import { parseMessage } from '../message/index.js';
import { diagnose } from '../diagnose.js';

const ORDINARY = `From: Someone <someone@example.net>
To: other@example.org
Subject: Lunch on Friday
Date: Mon, 2 Mar 2026 10:00:00 +0900
Message-ID: <lunch-1@example.net>

Shall we meet at noon? Reply to someone@example.net.
`;

describe('dialects leave ordinary mail to other readers', () => {
  it.each(DIALECTS.map((d) => [d.name, d] as const))('%s', async (_name, dialect) => {
    const msg = await parseMessage(ORDINARY);
    const claimed = dialect.matches(msg) ? dialect.read({ msg, dsn: [] }) : [];
    expect(claimed).toEqual([]);
  });

  it('the whole pipeline calls it no bounce', async () => {
    const d = await diagnose(ORDINARY);
    expect(d.bounce).toBe(false);
    expect(d.recipients).toEqual([]);
  });
});
