import { describe, expect, it } from 'vitest';
import { findReceiverRule } from './index.js';
import { testRecord } from './test-record.js';

describe('Orange / La Poste receiver', () => {
  it('reads the cause from the code, not from the generic text', () => {
    const o = (diagnostic: string, address = 'a@orange.fr') => findReceiverRule(testRecord({ address, diagnostic }))?.reason;
    expect(o('550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]')).toBe('spamdetected');
    expect(o('550 mwinf ME Adresse IP source bloquee pour incident de spam. OFR006_102')).toBe('blocked');
    expect(o('550 5.5.0 Le compte du destinataire est bloque. LPN007_426', 'a@laposte.net')).toBe('suspend');
    expect(o('421 4.2.0 Service refuse. Service refused, please try later. OFR005_999')).toBeUndefined();
  });
});
