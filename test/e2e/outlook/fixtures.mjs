// Fixtures written for this suite (no corpus files): each carries a unique marker so the request log can
// prove no mail content left the page.
import { burn } from '@kenjiuno/msgreader/lib/Burner.js';

const CRLF = '\r\n';
const lines = (...l) => l.join(CRLF);

export const MARK = {
  plain: 'bdmark-plain-7f3a',
  attached: 'bdmark-attached-91c2',
  quota: 'bdmark-quota-55e0',
  eml: 'bdmark-eml-2b8d',
  msg: 'bdmark-msg-c41e',
  paste: 'bdmark-paste-0d77',
  graph: 'bdmark-graph-e6a9',
};

/** A Postfix-style bounce in plain text only, as it arrives when a relay flattened the report. */
export function plainBounce(rcpt = 'taro.yamada@example.jp', marker = MARK.plain) {
  return lines(
    'Return-Path: <>',
    'Received: from mail.example.net (mail.example.net [192.0.2.25]) by mx.example.org; Fri, 20 Nov 2026 09:00:01 +0900',
    'From: MAILER-DAEMON@mail.example.net (Mail Delivery System)',
    'To: hanako@example.org',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Fri, 20 Nov 2026 09:00:00 +0900',
    `Message-ID: <${marker}@mail.example.net>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mail.example.net.',
    '',
    "I'm sorry to have to inform you that your message could not",
    'be delivered to one or more recipients. It\'s attached below.',
    '',
    '                   The mail system',
    '',
    `<${rcpt}>: host mx.example.jp[198.51.100.7] said: 550 5.1.1`,
    `    <${rcpt}>: Recipient address rejected: User unknown in local recipient`,
    '    table (in reply to RCPT TO command)',
    '',
    `X-Marker: ${marker}`,
    '',
  );
}

/** An RFC 3464 report; status decides the reason. */
export function dsn({ rcpt, status, diag, marker, subject = 'Undelivered Mail Returned to Sender', messageId = `<orig-${marker}@example.org>` }) {
  const b = `=_bd_${marker}`;
  return lines(
    'Return-Path: <>',
    'From: MAILER-DAEMON@mail.example.net (Mail Delivery System)',
    'To: hanako@example.org',
    `Subject: ${subject}`,
    'Date: Fri, 20 Nov 2026 10:00:00 +0900',
    `Message-ID: <dsn-${marker}@mail.example.net>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'Your message could not be delivered to one or more recipients.',
    `(${marker})`,
    '',
    `--${b}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.net',
    'Arrival-Date: Fri, 20 Nov 2026 09:59:58 +0900',
    '',
    `Final-Recipient: rfc822; ${rcpt}`,
    `Original-Recipient: rfc822;${rcpt}`,
    'Action: failed',
    `Status: ${status}`,
    'Remote-MTA: dns; mx.example.jp',
    `Diagnostic-Code: smtp; ${diag}`,
    '',
    `--${b}`,
    'Content-Type: text/rfc822-headers',
    '',
    'From: hanako@example.org',
    `To: ${rcpt}`,
    'Subject: Meeting notes',
    `Message-ID: ${messageId}`,
    'Date: Fri, 20 Nov 2026 09:59:50 +0900',
    '',
    `--${b}--`,
    '',
  );
}

export const mailboxFullDsn = (marker) => dsn({ rcpt: 'jiro@example.jp', status: '5.2.2', diag: '552 5.2.2 <jiro@example.jp>: Mailbox full', marker });
export const userUnknownDsn = (marker, messageId) =>
  dsn({ rcpt: 'saburo@example.jp', status: '5.1.1', diag: '550 5.1.1 <saburo@example.jp>: Recipient address rejected: User unknown', marker, messageId });

/** A forwarded mail that carries an NDR as an item attachment. */
export function forwardWithNdr(marker = MARK.attached) {
  return lines(
    'From: hanako@example.org',
    'To: hanako@example.org',
    'Subject: FW: Undeliverable: Meeting notes',
    'Date: Fri, 20 Nov 2026 11:00:00 +0900',
    `Message-ID: <fw-${marker}@example.org>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'See the attached report.',
    '',
  );
}

/** The same forward as one MIME message (what getAsFileAsync returns on 1.14): the NDR as message/rfc822. */
export function forwardWithNdrEml(ndr, marker = MARK.attached) {
  const b = `=_fw_${marker}`;
  return lines(
    'From: hanako@example.org',
    'To: hanako@example.org',
    'Subject: FW: Undeliverable: Meeting notes',
    'Date: Fri, 20 Nov 2026 11:00:00 +0900',
    `Message-ID: <fw-${marker}@example.org>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'See the attached report.',
    '',
    `--${b}`,
    'Content-Type: message/rfc822',
    'Content-Disposition: attachment; filename="Undeliverable.eml"',
    '',
    ndr,
    `--${b}--`,
    '',
  );
}

export function quotaBody(marker = MARK.quota) {
  return [
    'Your mailbox is almost full.',
    '',
    'Mailbox size: 1.9 GB',
    'Quota: 2 GB',
    '',
    'To free up space, delete items you no longer need and empty the Deleted Items folder.',
    marker,
  ].join('\n');
}

/** Pasted text: only the interesting part of a bounce, no headers. */
export function pastedText(marker = MARK.paste) {
  return [
    'This is the mail system at host mail.example.net.',
    '',
    '<shiro@example.jp>: host mx.example.jp[198.51.100.7] said: 552 5.2.2',
    '    <shiro@example.jp>: Mailbox full (in reply to RCPT TO command)',
    marker,
  ].join('\n');
}

// ---- .msg (Outlook's drag-out format), burned as a compound file with the properties msgreader reads.
function utf16(s) {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[i * 2] = s.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}

export function msgFile({ headers, body, subject, messageClass = 'IPM.Note', senderEmail }) {
  const props = [
    ['001A', messageClass],
    ['0037', subject],
    ['007D', headers],
    ['1000', body],
    ['0C1F', senderEmail],
  ];
  // __properties_version1.0 of a top-level message: 32-byte header then 16 bytes per fixed property.
  const propsStream = new Uint8Array(32 + props.length * 16);
  const dv = new DataView(propsStream.buffer);
  props.forEach(([id, value], i) => {
    const o = 32 + i * 16;
    dv.setUint32(o, (parseInt(id, 16) << 16) | 0x001f, true); // PT_UNICODE
    dv.setUint32(o + 4, 0x6, true); // readable | writable
    dv.setUint32(o + 8, utf16(value).length + 2, true);
  });
  const entries = [{ name: 'Root Entry', type: 5, length: 0, children: [] }];
  const add = (name, data) => {
    entries[0].children.push(entries.length);
    entries.push({ name, type: 2, length: data.length, binaryProvider: () => data });
  };
  add('__properties_version1.0', propsStream);
  for (const [id, value] of props) add(`__substg1.0_${id}001F`, utf16(value));
  return burn(entries);
}

export function msgBounce(marker = MARK.msg) {
  const text = plainBounce('goro@example.jp', marker);
  const [head, ...rest] = text.split(CRLF + CRLF);
  return msgFile({ headers: head, body: rest.join(CRLF + CRLF), subject: 'Undelivered Mail Returned to Sender', senderEmail: 'MAILER-DAEMON@mail.example.net' });
}

export const b64 = (s) => Buffer.from(s, typeof s === 'string' ? 'utf8' : undefined).toString('base64');
