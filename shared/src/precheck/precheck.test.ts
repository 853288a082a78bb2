import { describe, expect, it } from 'vitest';
import { base64Size, carrierOf, estimateMessageSize, precheck } from './index.js';

describe('precheck', () => {
  it('is quiet for a normal message', () => {
    expect(precheck({ recipients: ['a@example.jp', 'B <b@example.com>'], totalBytes: 50_000 }, { maxMessageBytes: 20_000_000 })).toEqual([]);
  });

  it('orders address, size, then carrier warnings', () => {
    const w = precheck(
      { recipients: ['hanako@docomo.ne.jp', 'taro..y@example.jp'], totalBytes: 25_000_000 },
      { maxMessageBytes: 20_000_000 },
    );
    expect(w.map((x) => x.code)).toEqual(['address-consecutive-dots', 'size-over-limit', 'carrier-pc-mail']);
    expect(w[1]?.params).toEqual({ size: 25_000_000, limit: 20_000_000 });
    expect(w[2]).toEqual({ code: 'carrier-pc-mail', address: 'hanako@docomo.ne.jp', params: { carrier: 'docomo', domain: 'docomo.ne.jp' } });
  });

  it('knows the carrier domains and their subdomains, and nothing else', () => {
    expect(carrierOf('ezweb.ne.jp')).toBe('au');
    expect(carrierOf('biz.ezweb.ne.jp')).toBe('au');
    expect(carrierOf('au.com')).toBe('au');
    expect(carrierOf('i.softbank.jp')).toBe('softbank');
    expect(carrierOf('softbank.ne.jp')).toBe('softbank');
    expect(carrierOf('ymobile.ne.jp')).toBe('ymobile');
    expect(carrierOf('rakumail.jp')).toBe('rakuten');
    expect(carrierOf('DOCOMO.NE.JP.')).toBe('docomo');
    expect(carrierOf('notdocomo.ne.jp')).toBeNull();
    expect(carrierOf('softbank.jp')).toBeNull();
    expect(carrierOf('example.com')).toBeNull();
  });

  it('does not add a carrier warning on top of an address warning, and can be turned off', () => {
    expect(precheck({ recipients: ['a..b@docomo.ne.jp'] }).map((w) => w.code)).toEqual(['address-consecutive-dots']);
    expect(precheck({ recipients: ['a@au.com'] }, { carrierCheck: false })).toEqual([]);
    expect(precheck({ recipients: ['a@corp.example'] }, { carrierDomains: { 'corp.example': 'x' } })[0]?.code).toBe('carrier-pc-mail');
  });

  it('checks size only with a limit and a size', () => {
    expect(precheck({ recipients: [], totalBytes: 30_000_000 })).toEqual([]);
    expect(precheck({ recipients: [], totalBytes: null }, { maxMessageBytes: 10 })).toEqual([]);
    expect(precheck({ recipients: [], totalBytes: 10 }, { maxMessageBytes: 10 })).toEqual([]);
    expect(precheck({ recipients: [], totalBytes: 11 }, { maxMessageBytes: 10 })[0]?.code).toBe('size-over-limit');
  });

  it('reports a recipient once even if listed twice, and tolerates junk', () => {
    expect(precheck({ recipients: ['x.@a.jp', ' x.@a.jp'] })).toHaveLength(1);
    expect(precheck({ recipients: [42 as unknown as string, 'ok@a.jp'] })).toEqual([]);
    expect(precheck(null as unknown as { recipients: string[] })).toEqual([]);
  });
});

describe('size estimate', () => {
  it('counts base64 growth of attachments', () => {
    expect(base64Size(0)).toBe(0);
    expect(base64Size(57)).toBe(78); // one full line: 76 chars + CRLF
    expect(base64Size(15_000_000)).toBeGreaterThan(20_000_000);
    expect(estimateMessageSize(1000, [15_000_000])).toBeGreaterThan(20_000_000);
  });
});
