import { describe, expect, it } from 'vitest';
import { keepHeaders, msgFieldsToMime } from './msg.js';
import { isCompoundFile } from './file-input.js';
import { diagnose } from '../diagnose.js';

const TRANSPORT = [
  'Received: from mx.example.net by mail.example.net;',
  '\tTue, 17 Nov 2026 10:02:11 +0900',
  'From: MAILER-DAEMON@mail.example.net',
  'To: me@example.net',
  'Subject: Undelivered Mail Returned to Sender',
  'Date: Tue, 17 Nov 2026 10:02:11 +0900',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status;',
  '\tboundary="zzz"',
  '',
].join('\r\n');

describe('keepHeaders', () => {
  it('drops the MIME structure headers with their continuation lines and keeps the rest', () => {
    const h = keepHeaders(TRANSPORT);
    expect(h).toContain('Subject: Undelivered Mail Returned to Sender');
    expect(h).toContain('\tTue, 17 Nov 2026 10:02:11 +0900');
    expect(h.join('\n')).not.toMatch(/content-type|boundary|mime-version/i);
  });
});

describe('msgFieldsToMime', () => {
  it('gives the core a message it can diagnose from transport headers and body', async () => {
    const mime = msgFieldsToMime({
      headers: TRANSPORT,
      body: '<taro@example.co.jp>: host mx.example.co.jp said: 550 5.1.1 <taro@example.co.jp>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
    });
    expect(mime).toMatch(/^Received:/);
    expect(mime).toContain('Content-Type: multipart/mixed');
    const d = await diagnose(mime);
    expect(d.bounce).toBe(true);
    expect(d.recipients[0]?.address).toBe('taro@example.co.jp');
    expect(d.recipients[0]?.reason).toBe('userunknown');
  });

  it('synthesises headers when the .msg has none, encoding non-ASCII', () => {
    const mime = msgFieldsToMime({
      subject: '配信不能: 見積書', senderName: 'Microsoft Outlook', senderEmail: 'postmaster@example.jp',
      recipients: [{ email: 'me@example.jp', recipType: 'to' }], clientSubmitTime: '2026-11-17T01:02:11Z', body: 'x',
    });
    expect(mime).toContain('Subject: =?UTF-8?B?');
    expect(mime).toContain('To: me@example.jp');
    expect(mime).toContain('Date: Tue, 17 Nov 2026 01:02:11 GMT');
    expect(mime).not.toMatch(/[^\x00-\x7f]/);
  });

  it('keeps an attached bounce (.eml) and embedded messages as message/rfc822 parts', () => {
    const inner = 'From: a@x\r\nSubject: inner\r\n\r\nhello';
    const mime = msgFieldsToMime({
      subject: 'Fwd', body: 'see attached',
      attachments: [
        { fileName: 'bounce.eml' },
        { fileName: 'photo.jpg' },
        { innerMsgContent: true, innerMsgContentFields: { subject: 'embedded', body: 'b' } },
      ],
    }, (i) => (i === 0 ? new TextEncoder().encode(inner) : i === 1 ? new Uint8Array([0xff, 0xd8]) : null));
    expect(mime.match(/Content-Type: message\/rfc822/g)).toHaveLength(2);
    expect(mime).toContain('Subject: inner');
    expect(mime).toContain('Subject: embedded');
    expect(mime).not.toContain('image/');
  });

  it('turns Exchange NDR recipient facts into report text', () => {
    const mime = msgFieldsToMime({
      messageClass: 'REPORT.IPM.Note.NDR', subject: 'Undeliverable: hi',
      recipients: [{ email: 'nobody@example.com', rawProps: [{ propertyTag: '0c1b001f', value: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' }] }],
    });
    const body = atob(mime.split('Content-Transfer-Encoding: base64\r\n\r\n')[1]!.split('\r\n--')[0]!.replace(/\r\n/g, ''));
    expect(body).toContain('nobody@example.com');
    expect(body).toContain('550 5.1.10');
  });
});

describe('isCompoundFile', () => {
  it('recognises the CFB signature only', () => {
    expect(isCompoundFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe(true);
    expect(isCompoundFile(new TextEncoder().encode('From: x'))).toBe(false);
    expect(isCompoundFile(new Uint8Array([0xd0]))).toBe(false);
  });
});

describe('pastedInput', () => {
  it('marks text without a leading header field as header-less', async () => {
    const { pastedInput } = await import('./file-input.js');
    expect(pastedInput('<a@example.jp>: host mx said: 550 5.1.1 User unknown')).toMatch(/^\n</);
    expect(pastedInput('550 5.1.1 <a@example.jp>: User unknown')).toMatch(/^\n550/);
    expect(pastedInput('Subject: x\n\nbody')).toBe('Subject: x\n\nbody');
    expect(pastedInput('\uFEFFFrom: a@b\n\nx')).toBe('From: a@b\n\nx');
    expect(pastedInput('From MAILER-DAEMON Tue Nov 17\nFrom: a@b\n\nx')).toMatch(/^From MAILER/);
    const d = await diagnose(pastedInput('<taro@example.co.jp>: host mx1.example.co.jp[198.51.100.25] said: 550 5.1.1 <taro@example.co.jp>: Recipient address rejected: User unknown (in reply to RCPT TO command)'));
    expect(d.recipients[0]?.address).toBe('taro@example.co.jp');
  });
});

describe('msgToMime on a compound file', () => {
  // A .msg as older Outlook on Japanese Windows writes it: 8-bit strings in cp932, code page 932 named
  // in the property stream (PR_MESSAGE_CODEPAGE 0x3FFD).
  async function ansiMsg(): Promise<Uint8Array> {
    const { burn } = await import('@kenjiuno/msgreader/lib/Burner.js' as string) as { burn: (e: unknown[]) => Uint8Array };
    const sjis = (s: string): Uint8Array => {
      // Shift_JIS bytes for the few characters used, so the test needs no encoder.
      const table: Record<string, number[]> = { 'テ': [0x83, 0x65], 'ス': [0x83, 0x58], 'ト': [0x83, 0x67] };
      return Uint8Array.from([...s].flatMap((c) => table[c] ?? [c.charCodeAt(0)]));
    };
    const props = new Uint8Array(32 + 16);
    const dv = new DataView(props.buffer);
    dv.setUint32(32, 0x3ffd0003, true); // PR_MESSAGE_CODEPAGE, PT_LONG
    dv.setUint32(36, 0x2, true);
    dv.setUint32(40, 932, true);
    const streams: [string, Uint8Array][] = [
      ['__substg1.0_0037001E', sjis('テスト')],
      ['__substg1.0_1000001E', sjis('<a@example.jp>: 550 5.1.1 User unknown テスト')],
      ['__properties_version1.0', props],
    ];
    const entries: { name: string; type: number; length: number; children?: number[]; binaryProvider?: () => Uint8Array }[] = [
      { name: 'Root Entry', type: 5, length: 0, children: [] },
    ];
    for (const [name, data] of streams) {
      entries[0]!.children!.push(entries.length);
      entries.push({ name, type: 2, length: data.length, binaryProvider: () => data });
    }
    return burn(entries);
  }

  it('reads 8-bit strings in the code page the file names', async () => {
    const { msgToMime } = await import('./msg.js');
    const mime = await msgToMime(await ansiMsg());
    expect(mime).not.toBeNull();
    const subject = /Subject: =\?UTF-8\?B\?([^?]+)\?=/.exec(mime!)?.[1];
    expect(subject && new TextDecoder().decode(Uint8Array.from(atob(subject), (c) => c.charCodeAt(0)))).toBe('テスト');
    const body = mime!.split('Content-Transfer-Encoding: base64\r\n\r\n')[1]!.split('\r\n--')[0]!.replace(/\r\n/g, '');
    expect(new TextDecoder().decode(Uint8Array.from(atob(body), (c) => c.charCodeAt(0)))).toContain('User unknown テスト');
  });

  it('returns null for bytes that are not a compound file', async () => {
    const { msgToMime } = await import('./msg.js');
    expect(await msgToMime(new TextEncoder().encode('From: a@b\r\n\r\nx'))).toBeNull();
  });
});
