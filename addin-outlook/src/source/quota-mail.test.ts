import { describe, expect, it } from 'vitest';
import { quotaFromMail, sizesIn } from './quota-mail.js';

describe('quota mails', () => {
  it('reads used and limit when the text states sizes', () => {
    const q = quotaFromMail('Warning', 'Your mailbox size is 1.9 GB. Quota: 2 GB.', null);
    expect(q).toMatchObject({ level: 'warn', measured: true, used: Math.round(1.9 * 1024 ** 3), limit: 2 * 1024 ** 3 });
  });

  it('takes the level from the class, and a nominal meter without sizes', () => {
    expect(quotaFromMail('SendReceive', 'no numbers here', null)).toMatchObject({ level: 'full', used: 100, limit: 100, measured: false });
    expect(quotaFromMail('Send', '', 2048 * 1024 * 1024)).toMatchObject({ level: 'critical', measured: false, limit: 2048 * 1024 * 1024 });
  });

  it('reads comma decimals and units in any case, and stays linear on long input', () => {
    expect(sizesIn('49,5 gb / 50 GB')).toEqual([Math.round(49.5 * 1024 ** 3), 50 * 1024 ** 3]);
    const t0 = Date.now();
    sizesIn('9'.repeat(200_000) + ' MB');
    expect(Date.now() - t0).toBeLessThan(500);
  });
});
