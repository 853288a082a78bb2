import { describe, expect, it } from 'vitest';
import { msgToRfc822 } from './msg.js';
// @ts-expect-error test fixture builder in plain JS
import { msgFile } from '../../../test/e2e/outlook/fixtures.mjs';

describe('msgToRfc822', () => {
  it('turns a .msg into headers + body text', async () => {
    const bytes = msgFile({ headers: 'From: a@example.org\r\nSubject: hi\r\nContent-Type: multipart/alternative; boundary="q"', body: 'line one\nline two', subject: 'hi', senderEmail: 'a@example.org' });
    const r = await msgToRfc822(bytes);
    expect(r.reason).toBe('');
    expect(r.text).toMatch(/^From: a@example\.org\r\nSubject: hi\r\n/);
    expect(r.text).not.toContain('boundary');
    expect(r.text).toContain('\r\n\r\nline one\r\nline two');
  });

  it('makes minimal headers when the .msg has no transport headers', async () => {
    const r = await msgToRfc822(msgFile({ headers: '', body: 'b', subject: 'Undeliverable: x', senderEmail: 'postmaster@example.net', messageClass: 'REPORT.IPM.Note.NDR' }));
    expect(r.text).toContain('From: <postmaster@example.net>');
    expect(r.text).toContain('Subject: Undeliverable: x');
    expect(r.text).toContain('X-MS-Message-Class: REPORT.IPM.Note.NDR');
  });

  it('refuses what is not a compound file, and a truncated one, without throwing', async () => {
    expect((await msgToRfc822(new TextEncoder().encode('From: x\r\n\r\n'))).reason).toMatch(/not an Outlook \.msg/);
    const cut = msgFile({ headers: 'From: a@b', body: 'x', subject: 's', senderEmail: 'a@b' }).slice(0, 700);
    const r = await msgToRfc822(cut);
    expect(r.text === null || typeof r.text === 'string').toBe(true);
  });
});
