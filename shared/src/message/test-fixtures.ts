// Hand-written sample bounces for the message-layer tests (no corpus text).

export const DSN_LINES = [
  'Return-Path: <>',
  'From: MAILER-DAEMON@mx.example.org (Mail Delivery System)',
  'To: taro@example.jp',
  'Subject: Undelivered Mail Returned to Sender',
  'Date: Mon, 23 Nov 2026 10:00:00 +0900',
  'Message-Id: <dsn-1@mx.example.org>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status;',
  '\tboundary="XX-1"',
  '',
  '--XX-1',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'Your message could not be delivered to one recipient.',
  '',
  '<hanako@example.net>: host mx.example.net[192.0.2.7] said: 550 5.1.1',
  '    <hanako@example.net>: Recipient address rejected: User unknown (in reply',
  '    to RCPT TO command)',
  '',
  '--XX-1',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.org',
  '',
  'Final-Recipient: rfc822; hanako@example.net',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx.example.net',
  'Diagnostic-Code: smtp; 550 5.1.1 <hanako@example.net>: Recipient address',
  '    rejected: User unknown',
  '',
  '--XX-1',
  'Content-Type: message/rfc822',
  '',
  'From: taro@example.jp',
  'To: hanako@example.net',
  'Subject: lunch on Friday',
  'Message-Id: <orig-1@example.jp>',
  '',
  'Shall we meet at noon?',
  '',
  '--XX-1--',
  '',
];

export function withNewline(lines: string[], nl: string): string {
  return lines.join(nl);
}

/** Thunderbird's getRaw(): X-Mozilla-Status lines with bare LF, then the server's CRLF message. */
export function thunderbirdRaw(lines: string[]): string {
  return 'X-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\nX-Mozilla-Keys:                                                                                 \n' + lines.join('\r\n');
}

export const enc = new TextEncoder();
