/// <reference types="office-js" />
import { describe, expect, it } from 'vitest';
import { readOpenItem, quotaClassOf } from './item.js';
import { detectCapabilities } from './capabilities.js';

type Cb<T> = (r: { status: string; value?: T; error?: { message: string; code: number } }) => void;
const ok = <T>(v: T) => (cb: Cb<T>) => setTimeout(() => cb({ status: 'succeeded', value: v }), 0);
const fail = (msg: string) => (cb: Cb<never>) => setTimeout(() => cb({ status: 'failed', error: { message: msg, code: 1 } }), 0);
const caps = (mailbox: string) => detectCapabilities({ isSetSupported: (n: string, v?: string) => n === 'Mailbox' && Number(mailbox.split('.')[1]) >= Number((v ?? '1.1').split('.')[1]) });
const b64 = (s: string) => Buffer.from(s).toString('base64');

function item(over: Record<string, unknown> = {}): Office.MessageRead {
  return {
    itemClass: 'IPM.Note', subject: 'Undelivered', internetMessageId: '<m1@example.org>', attachments: [],
    from: { emailAddress: 'MAILER-DAEMON@example.net', displayName: '' }, dateTimeCreated: new Date('2026-11-20T00:00:00Z'),
    body: { getAsync: (_t: unknown, cb: Cb<string>) => ok('body text here')(cb) },
    ...over,
  } as unknown as Office.MessageRead;
}

describe('readOpenItem', () => {
  it('takes the whole message as EML on 1.14', async () => {
    const r = await readOpenItem(item({ getAsFileAsync: (cb: Cb<string>) => ok(b64('Subject: x\r\n\r\nhello'))(cb) }), caps('1.14'));
    expect(r.candidates.map((c) => c.origin)).toEqual(['item-eml']);
    expect(new TextDecoder().decode(r.candidates[0]!.input as Uint8Array)).toContain('hello');
  });

  it('rebuilds from headers and body when getAsFileAsync fails, and says so', async () => {
    const r = await readOpenItem(
      item({ getAsFileAsync: (cb: Cb<string>) => fail('denied')(cb), getAllInternetHeadersAsync: (cb: Cb<string>) => ok('From: a@b\r\nContent-Type: multipart/mixed;\r\n boundary="x"\r\nSubject: s')(cb) }),
      caps('1.14'),
    );
    expect(r.candidates[0]!.origin).toBe('item-rebuilt');
    const text = r.candidates[0]!.input as string;
    expect(text).toContain('From: a@b');
    expect(text).not.toContain('boundary');
    expect(text).toContain('body text here');
    expect(r.notes.join('\n')).toMatch(/getAsFileAsync.*denied/);
  });

  it('never calls 1.14/1.8 functions on a 1.5 client, even when they exist', async () => {
    let called = 0;
    const trap = (cb: Cb<string>) => { called++; ok('x')(cb); };
    const r = await readOpenItem(item({ getAsFileAsync: trap, getAllInternetHeadersAsync: trap, getAttachmentContentAsync: trap,
      attachments: [{ id: 'a', name: 'r.eml', contentType: 'message/rfc822', attachmentType: 'file', isInline: false, size: 1 }] }), caps('1.5'));
    expect(called).toBe(0);
    expect(r.candidates[0]!.input as string).toContain('From: <MAILER-DAEMON@example.net>');
    expect(r.notes.join('\n')).toMatch(/1 attached message\(s\) not readable/);
  });

  it('reads item attachments as EML and .eml files as bytes, and skips other files', async () => {
    const contents: Record<string, { format: string; content: string }> = {
      a: { format: 'eml', content: 'Subject: inner\r\n\r\nx' },
      b: { format: 'base64', content: b64('Subject: file\r\n\r\ny') },
    };
    const r = await readOpenItem(
      item({
        getAsFileAsync: (cb: Cb<string>) => ok(b64('Subject: outer\r\n\r\n'))(cb),
        getAttachmentContentAsync: (id: string, cb: Cb<unknown>) => ok(contents[id])(cb),
        attachments: [
          { id: 'a', name: 'Undeliverable', contentType: 'message/rfc822', attachmentType: 'item', isInline: false, size: 1 },
          { id: 'b', name: 'bounce.eml', contentType: 'application/octet-stream', attachmentType: 'file', isInline: false, size: 1 },
          { id: 'c', name: 'photo.jpg', contentType: 'image/jpeg', attachmentType: 'file', isInline: false, size: 1 },
        ],
      }),
      caps('1.14'),
    );
    expect(r.candidates.map((c) => `${c.origin}:${c.label}`)).toEqual(['item-eml:Undelivered', 'attachment:Undeliverable', 'attachment:bounce.eml']);
  });

  it('marks quota classes and report classes', async () => {
    expect(quotaClassOf('IPM.Note.StorageQuotaWarning.Warning')).toBe('Warning');
    expect(quotaClassOf('IPM.Note.StorageQuotaWarning.Send')).toBe('Send');
    expect(quotaClassOf('ipm.note.storagequotawarning.sendreceive')).toBe('SendReceive');
    expect(quotaClassOf('IPM.Note')).toBeNull();
    const r = await readOpenItem(item({ itemClass: 'REPORT.IPM.Note.NDR' }), caps('1.5'));
    expect(r.info.isReport).toBe(true);
  });

  it('handles no item', async () => {
    const r = await readOpenItem(null, caps('1.14'));
    expect(r.candidates).toEqual([]);
    expect(r.notes).toEqual(['no item is open']);
  });
});
