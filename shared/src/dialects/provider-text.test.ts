import { describe, expect, it } from 'vitest';
import { commandIn, tidyServerText } from './provider-text.js';

describe('provider text helpers', () => {
  it('finds the SMTP stage in the usual phrasings', () => {
    expect(commandIn('550 no (in reply to RCPT TO command)')).toBe('RCPT');
    expect(commandIn('SMTP error from remote mail server after end of data: 550 spam')).toBe('DATA');
    expect(commandIn('host mx refused to talk to me: 554 go away')).toBe('HELO');
    expect(commandIn('550 5.1.1 user unknown')).toBeNull();
  });

  it('drops repeated reply codes but keeps different ones', () => {
    expect(tidyServerText('550 550 5.1.1 user unknown')).toBe('550 5.1.1 user unknown');
    expect(tidyServerText('550-5.7.1 first line 550-5.7.1 second line')).toBe('550-5.7.1 first line second line');
    expect(tidyServerText('421 450 mixed')).toBe('421 450 mixed');
  });

  it('stays fast on pathological input', () => {
    const t = Date.now();
    tidyServerText('550 '.repeat(200_000));
    commandIn('in reply to '.repeat(100_000));
    expect(Date.now() - t).toBeLessThan(1000);
  });
});
