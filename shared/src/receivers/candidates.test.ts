// findReceiverRule picks candidates by bit masks and, inside classify(), takes the signatures from the
// reasons' one-pass scan. Both must choose exactly what the plain definition chooses: every rule that
// claims the domain, the remote MTA or a signature, in RECEIVERS order, then the rules that claim only the
// reporting MTA; the first that decides wins.
import { describe, expect, it } from 'vitest';
import type { RecipientRecord } from '../types.js';
import { domainOf } from '../text/index.js';
import { classify } from '../reasons/classify.js';
import { findReceiverRule, RECEIVERS, type ReceiverRule } from './index.js';
import { testRecord } from './test-record.js';

const endsWithDomain = (host: string, suffix: string): boolean => host === suffix || host.endsWith('.' + suffix);
const mtaHost = (raw: string | null | undefined): string => {
  const s = (raw ?? '').toLowerCase().replace(/^[a-z]{1,10};\s*/, '').trim();
  return (/^\[?([a-z0-9.:-]{1,255}?)\.?\]?(?:[\s(]|$)/.exec(s)?.[1] ?? '').replace(/\.$/, '');
};

function reference(rec: RecipientRecord): { name: string; reason: string; why: string; detail?: string } | null {
  const lower = rec.diagnostic.toLowerCase();
  const dom = domainOf(rec.address);
  const mta = mtaHost(rec.remoteMta);
  const reporting = mtaHost(rec.reportingMta);
  const claims = (r: ReceiverRule): boolean =>
    r.domains.some((d) => endsWithDomain(dom, d)) ||
    (mta !== '' && r.mtaSuffixes.some((s) => endsWithDomain(mta, s))) ||
    (lower !== '' && (r.signatures ?? []).some((s) => lower.includes(s)));
  const direct = RECEIVERS.filter(claims);
  const late = reporting === '' ? [] : RECEIVERS.filter((r) => !direct.includes(r) && r.mtaSuffixes.some((s) => endsWithDomain(reporting, s)));
  for (const r of [...direct, ...late]) {
    const d = r.decide(rec, lower);
    if (d) return { name: r.name, ...d };
  }
  return null;
}

const ADDRESSES = ['a@example.org', 'a@gmail.com', 'a@mx.docomo.ne.jp', 'a@xdocomo.ne.jp', 'a@contoso.onmicrosoft.com', 'a@Yahoo.COM', 'a@i.ua', 'a@qq.com', 'a@cox.net', 'a@au.com', 'a@rakumail.jp', 'a@', 'noat', ''];
const MTAS = [null, '', 'dns; mx.example.org', 'dns; gmail-smtp-in.l.google.com', 'mta6.am0.yahoodns.net', 'mx.outlook.com. (192.0.2.1)', '[mfsmax.docomo.ne.jp]', 'route1.mx.cloudflare.net', 'smtp.secureserver.net', 'inbound-smtp.us-east-1.amazonaws.com', 'eu-smtp-inbound-1.mimecast.com', 'server-1.bemta-2.messagelabs.com', 'DNS; MX.ZOHO.COM'];
const DIAGNOSTICS = [
  '',
  '550 5.1.1 user unknown',
  '550 5.1.1 The email account that you tried to reach does not exist - gsmtp',
  '550 5.2.2 submission quota exceeded [x.prod.outlook.com]',
  '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - see postmaster.yahooinc.com',
  '550 : User unknown',
  '554 Host network not allowed https://community.mimecast.com/x',
  '550 Connection frequency limited. http://service.mail.qq.com/',
  '542 a@example.com Rejected messagelabs.com',
  '550 IB607 too many recipients this hour x.co/rlbounce',
  '421 4.3.0 Upstream error, developers.cloudflare.com/email-routing',
  '550 5.1.0 sender rejected AUP#CDRBL cox.com/residential/support/email-error-codes',
  'OFR_506 [506] message rejected as spam',
  '550 Mailbox is frozen. See http://mail.i.ua/err/3/',
  '550 5.7.1 RCP-P2 postmaster.facebook.com',
  '550 Mailbox does not exist',
];

describe('findReceiverRule', () => {
  it('keeps every rule within one 31-bit mask', () => {
    expect(RECEIVERS.length).toBeLessThanOrEqual(31);
  });

  it('chooses what the plain definition chooses, alone and inside classify()', () => {
    let n = 0;
    let decided = 0;
    for (const address of ADDRESSES) for (const remoteMta of MTAS) for (const diagnostic of DIAGNOSTICS) {
      n++;
      const reportingMta = [null, 'mx.mimecast.com', 'smtp.google.com'][n % 3];
      const rec = testRecord({ address, remoteMta, reportingMta, diagnostic, command: n % 2 ? 'DATA' : null, status: n % 5 ? '5.1.1' : '5.2.0' });
      const want = reference(rec);
      if (want) decided++;
      expect(findReceiverRule(rec), JSON.stringify(rec)).toEqual(want);
      expect(classify(rec).receiver, JSON.stringify(rec)).toBe(want?.name ?? null);
    }
    expect(decided).toBeGreaterThan(n / 4);
  });
});
