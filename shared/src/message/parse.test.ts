import { describe, expect, it } from 'vitest';
import { header, headersAll, looksLikeHeaders, parseMessage } from './parse.js';
import { DEFAULT_LIMITS, withLimits } from './limits.js';
import { diagnose } from '../diagnose.js';
import { DSN_LINES, enc } from './test-fixtures.js';

/** The sample DSN whose returned original carries a big base64 attachment. */
function withAttachment(sizeBytes: number): string {
  const head = DSN_LINES.slice(0, DSN_LINES.indexOf('Shall we meet at noon?') - 1);
  const line = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\n';
  return [
    ...head.slice(0, -1),
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="YY-2"',
    '',
    '--YY-2',
    'Content-Type: text/plain',
    '',
    'see attached',
    '--YY-2',
    'Content-Type: application/pdf; name="big.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    line.repeat(Math.ceil(sizeBytes / line.length)),
    '--YY-2--',
    '',
    '--XX-1--',
    '',
  ].join('\n');
}

describe('parseMessage', () => {
  it('reads headers, subject, addresses and the report parts', async () => {
    const m = await parseMessage(enc.encode(DSN_LINES.join('\n')));
    expect(m.subject).toBe('Undelivered Mail Returned to Sender');
    expect(m.from).toBe('MAILER-DAEMON@mx.example.org');
    expect(m.to).toEqual(['taro@example.jp']);
    expect(m.messageId).toBe('<dsn-1@mx.example.org>');
    expect(header(m, 'Content-Type')).toMatch(/^multipart\/report/);
    expect(headersAll(m, 'x-none')).toEqual([]);
    expect(m.parts[0]!.text).toContain('Final-Recipient: rfc822; hanako@example.net');
    expect(m.parts[1]!.text).toContain('Subject: lunch on Friday');
    expect(m.truncated).toBe(false);
  });

  it('drops an mbox envelope line left at the top of a single message', async () => {
    const m = await parseMessage('From MAILER-DAEMON Mon Nov 23 10:00:00 2026\n' + DSN_LINES.join('\n'));
    expect(m.subject).toBe('Undelivered Mail Returned to Sender');
    expect(header(m, 'return-path')).toBe('<>');
  });

  it('keeps header-less pasted text as the body', async () => {
    const pasted = '次の宛先へのメールは配信できませんでした。\n<hanako@example.net>: 550 5.1.1 User unknown\n';
    const m = await parseMessage(pasted);
    expect(m.headers).toEqual([]);
    expect(m.text).toBe(pasted);
    const d = await diagnose(pasted);
    expect(d.recipients.map((r) => r.address)).toContain('hanako@example.net');
  });

  it('reads pasted text that starts with "<address>: host said" as text, not as a header', async () => {
    const pasted = '<hanako@example.jp>: host mx.example.jp[192.0.2.1] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)\n';
    expect(looksLikeHeaders(enc.encode(pasted))).toBe(false);
    const d = await diagnose(pasted);
    expect(d.bounce).toBe(true);
    expect(d.recipients.map((r) => [r.address, r.reason])).toEqual([['hanako@example.jp', 'mailboxfull']]);
  });

  it('tells header blocks from pasted text', () => {
    expect(looksLikeHeaders(enc.encode('Subject: x\n\nbody'))).toBe(true);
    expect(looksLikeHeaders(enc.encode('X-Mozilla-Status: 0001\n'))).toBe(true);
    expect(looksLikeHeaders(enc.encode('Delivery failed: 550 user unknown'))).toBe(false);
    expect(looksLikeHeaders(enc.encode(': no name'))).toBe(false);
    expect(looksLikeHeaders(enc.encode(''))).toBe(false);
  });

  it('never decodes a binary attachment of the returned original', async () => {
    const m = await parseMessage(withAttachment(200_000));
    expect(m.parts.map((p) => p.mimeType)).toEqual(['message/delivery-status', 'message/rfc822']);
    expect(m.parts.some((p) => p.mimeType === 'application/pdf')).toBe(false);
  });
});

describe('the maxParseBytes cut', () => {
  it('cuts the input at the limit, says so, and still finds the report before the cut', async () => {
    const raw = withAttachment(300_000);
    const m = await parseMessage(raw, { maxParseBytes: 8192 });
    expect(m.truncated).toBe(true);
    expect(m.size).toBe(enc.encode(raw).length);
    expect(m.parts.reduce((n, p) => n + p.text.length, 0) + m.text.length).toBeLessThan(8192);
    const d = await diagnose(raw, { maxParseBytes: 8192 });
    expect(d.recipients.map((r) => [r.address, r.status])).toEqual([['hanako@example.net', '5.1.1']]);
  });

  it('does not cut below the limit', async () => {
    const m = await parseMessage(DSN_LINES.join('\n'));
    expect(m.truncated).toBe(false);
    expect(m.size).toBeLessThan(DEFAULT_LIMITS.maxParseBytes);
  });

  it('ignores invalid overrides', () => {
    expect(withLimits({ maxParseBytes: -1, maxPartChars: Number.NaN, maxRecipients: 3.7 })).toEqual({ ...DEFAULT_LIMITS, maxRecipients: 3 });
  });
});

describe('newlines', () => {
  it('reads CRLF, CR and mixed newlines as LF, ASCII or not, with or without an envelope line', async () => {
    const lf = DSN_LINES.join('\n');
    for (const extra of ['', 'X-Note: caf\u00e9\n']) {
      for (const from of ['', 'From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n']) {
        // (size is the input's, before its newlines are normalised)
        const read = async (input: string | Uint8Array) => ({ ...(await parseMessage(input)), size: 0 });
        const want = await read(from + extra + lf);
        expect(want.text).toContain('\n');
        for (const nl of ['\r\n', '\r']) {
          expect(await read((from + extra + lf).replace(/\n/g, nl))).toEqual(want);
          expect(await read(enc.encode((from + extra + lf).replace(/\n/g, nl)))).toEqual(want);
        }
        const mixed = (from + extra + lf).split('\n').map((l, i) => l + (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\n' : '\r')).join('');
        expect(await read(mixed)).toEqual(await read(mixed.replace(/\r\n?/g, '\n')));
      }
    }
  });
});
