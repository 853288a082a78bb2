import { describe, expect, it } from 'vitest';
import { detectCapabilities, fallbackReasons } from './capabilities.js';

const client = (sets: Record<string, string>) => ({
  isSetSupported(name: string, v?: string) {
    const have = sets[name];
    if (!have) return false;
    const [a, b] = [have.split('.').map(Number), (v ?? '1.1').split('.').map(Number)];
    return a[0]! > b[0]! || (a[0] === b[0] && (a[1] ?? 0) >= (b[1] ?? 0));
  },
});

describe('detectCapabilities', () => {
  it('turns features on by requirement set, with no reason when available', () => {
    const c = detectCapabilities(client({ Mailbox: '1.14', NestedAppAuth: '1.1' }));
    expect(Object.values(c).every((x) => x.available && x.reason === '')).toBe(true);
    expect(fallbackReasons(c)).toEqual([]);
  });

  it('records why each fallback was taken on a 1.5 client', () => {
    const c = detectCapabilities(client({ Mailbox: '1.5' }));
    expect(c.notifications.available).toBe(true);
    expect(c.getAsFile).toMatchObject({ available: false, requirement: 'Mailbox 1.14' });
    expect(c.getAsFile.reason).toMatch(/Mailbox 1\.14 not supported.*rebuilds the message/);
    expect(c.attachmentContent.reason).toMatch(/drag/);
    expect(fallbackReasons(c).map((r) => r.split(':')[0])).toEqual([
      'getAsFile', 'attachmentContent', 'internetHeaders', 'smartAlerts', 'sendModeOverride', 'composeAttachments', 'nestedAppAuth',
    ]);
  });

  it('distinguishes 1.12 from 1.14 (string compare would not)', () => {
    const c = detectCapabilities(client({ Mailbox: '1.12' }));
    expect(c.smartAlerts.available).toBe(true);
    expect(c.sendModeOverride.available).toBe(false);
  });

  it('survives a missing or throwing requirements API', () => {
    const none = detectCapabilities(undefined);
    expect(none.notifications.reason).toMatch(/requirements API missing/);
    const broken = detectCapabilities({ isSetSupported: () => { throw new Error('boom'); } });
    expect(broken.getAsFile.available).toBe(false);
    expect(broken.getAsFile.reason).toMatch(/threw: boom/);
  });
});
