import { describe, expect, it } from 'vitest';
import { msgToRfc822 } from './msg.js';
import { diagnose } from '../../../shared/src/diagnose.js';
// @ts-expect-error test fixture builder in plain JS
import { msgFile } from '../../../test/e2e/outlook/fixtures.mjs';

/** The first base64 text part of the MIME text, decoded. */
function firstText(mime: string): string {
  const b64 = mime.split('Content-Transfer-Encoding: base64\r\n\r\n')[1]?.split('\r\n--')[0] ?? '';
  return new TextDecoder().decode(Uint8Array.from(atob(b64.replace(/\r\n/g, '')), (c) => c.charCodeAt(0)));
}

describe('msgToRfc822 (through the shared .msg reader)', () => {
  it('keeps the transport headers, drops the old MIME framing and keeps the body text', async () => {
    const bytes = msgFile({ headers: 'From: a@example.org\r\nSubject: hi\r\nContent-Type: multipart/alternative; boundary="q"', body: 'line one\nline two', subject: 'hi', senderEmail: 'a@example.org' });
    const r = await msgToRfc822(bytes);
    expect(r.reason).toBe('');
    expect(r.text).toMatch(/^From: a@example\.org\r\nSubject: hi\r\n/);
    expect(r.text).not.toContain('boundary="q"');
    expect(firstText(r.text!)).toContain('line one\nline two');
  });

  it('makes minimal headers when the .msg has no transport headers, and the core reads the bounce', async () => {
    const body = 'Delivery has failed to these recipients:\n\ngoro@example.jp\nRemote Server returned \'550 5.1.1 User unknown\'';
    const r = await msgToRfc822(msgFile({ headers: '', body, subject: 'Undeliverable: x', senderEmail: 'postmaster@example.net', messageClass: 'REPORT.IPM.Note.NDR' }));
    expect(r.text).toContain('From: postmaster@example.net');
    expect(r.text).toContain('Subject: Undeliverable: x');
    const d = await diagnose(r.text!);
    expect(d.recipients.map((x) => x.address)).toContain('goro@example.jp');
  });

  it('refuses what is not a compound file, and a truncated one, without throwing', async () => {
    expect((await msgToRfc822(new TextEncoder().encode('From: x\r\n\r\n'))).reason).toMatch(/not an Outlook \.msg/);
    const cut = msgFile({ headers: 'From: a@b', body: 'x', subject: 's', senderEmail: 'a@b' }).slice(0, 700);
    const r = await msgToRfc822(cut);
    expect(r.text === null || typeof r.text === 'string').toBe(true);
    if (r.text === null) expect(r.reason).toMatch(/could not read/);
  });
});
