import { describe, expect, it } from 'vitest';
import type { Diagnosis, RecipientDiagnosis } from '../types.js';
import { clampIndex, detectLocale, formatBytes, formatDate, formatPercent, listedRecipients, oneLine, safeHref } from './format.js';

function rcpt(address: string, action: RecipientDiagnosis['action'], temporary = false): RecipientDiagnosis {
  return {
    address, action, status: null, replyCode: null, remoteMta: null, diagnostic: '', command: null,
    reason: 'userunknown', temporary, evidence: { by: 'none', value: '' },
  };
}
function diag(recipients: RecipientDiagnosis[]): Diagnosis {
  return { bounce: true, kind: 'failed', source: 'test', recipients, original: null, bounceDate: null, bounceSubject: '', forwarded: false };
}

describe('detectLocale', () => {
  it('picks Japanese only for ja tags, first match wins', () => {
    expect(detectLocale(['ja-JP', 'en-US'])).toBe('ja');
    expect(detectLocale(['ja'])).toBe('ja');
    expect(detectLocale(['en-US', 'ja'])).toBe('en');
    expect(detectLocale(['fr-FR', 'ja-JP'])).toBe('ja');
    expect(detectLocale(['jam'])).toBe('en');
    expect(detectLocale([])).toBe('en');
    expect(detectLocale(undefined)).toBe('en');
  });
});

describe('formatBytes / formatPercent', () => {
  it('uses binary units with sensible precision', () => {
    expect(formatBytes(0, 'en')).toBe('0 B');
    expect(formatBytes(200 * 1024 * 1024, 'en')).toBe('200 MB');
    expect(formatBytes(1024 * 1024 * 1024, 'en')).toBe('1 GB');
    expect(formatBytes(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
    expect(formatBytes(-1, 'en')).toBe('?');
    expect(formatBytes(Number.NaN, 'ja')).toBe('?');
  });
  it('formats ratios as whole percentages and never prints NaN', () => {
    expect(formatPercent(0.8, 'en')).toBe('80%');
    expect(formatPercent(0.955, 'ja')).toMatch(/^9[56]%$/);
    expect(formatPercent(Number.POSITIVE_INFINITY, 'en')).toBe('?');
  });
});

describe('formatDate', () => {
  it('formats a parseable RFC 5322 date in the chosen language', () => {
    const en = formatDate('Tue, 17 Nov 2026 10:02:08 +0900', 'en', 'Asia/Tokyo');
    const ja = formatDate('Tue, 17 Nov 2026 10:02:08 +0900', 'ja', 'Asia/Tokyo');
    expect(en).toContain('2026');
    expect(en).toContain('10:02');
    expect(ja).toContain('2026');
    expect(ja).toMatch(/11月|11\//);
  });
  it('keeps unparseable text as found, bounded', () => {
    expect(formatDate('  yesterday-ish  ', 'en')).toBe('yesterday-ish');
    expect(formatDate('x'.repeat(500), 'en')).toHaveLength(200);
    expect(formatDate(null, 'en')).toBe('');
  });
});

describe('safeHref', () => {
  it('allows only http(s), mailto and tel', () => {
    expect(safeHref('https://help.example.jp/mail')).toBe('https://help.example.jp/mail');
    expect(safeHref('mailto:help@example.jp')).toBe('mailto:help@example.jp');
    expect(safeHref('tel:+81-3-0000-0000')).toBe('tel:+81-3-0000-0000');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHref('java\tscript:alert(1)')).toBeNull();
    expect(safeHref(' javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHref('vbscript:msgbox')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
    expect(safeHref('')).toBeNull();
    expect(safeHref(null)).toBeNull();
  });
});

describe('listedRecipients', () => {
  it('lists failed before delayed and leaves out delivered ones', () => {
    const d = diag([rcpt('late@x', 'delayed', true), rcpt('ok@x', 'delivered'), rcpt('bad@x', 'failed'), rcpt('tmp@x', 'failed', true)]);
    expect(listedRecipients(d).map((r) => r.address)).toEqual(['bad@x', 'tmp@x', 'late@x']);
  });
  it('still shows delivered ones when nothing else is there', () => {
    expect(listedRecipients(diag([rcpt('ok@x', 'delivered')])).map((r) => r.address)).toEqual(['ok@x']);
    expect(listedRecipients(null)).toEqual([]);
  });
});

describe('clampIndex / oneLine', () => {
  it('clamps', () => {
    expect(clampIndex(5, 2)).toBe(1);
    expect(clampIndex(-1, 2)).toBe(0);
    expect(clampIndex(1.5, 3)).toBe(0);
    expect(clampIndex(3, 0)).toBe(0);
  });
  it('collapses whitespace and bounds length', () => {
    expect(oneLine('a \n\t b')).toBe('a b');
    const long = oneLine('y'.repeat(500), 10);
    expect(long).toHaveLength(10);
    expect(long.endsWith('…')).toBe(true);
  });
});
