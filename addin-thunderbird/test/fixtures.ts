// Bounces written for these tests (not taken from any corpus): a Postfix-style DSN as Thunderbird's
// getRaw hands it over (X-Mozilla-Status lines with bare LF, then the server's CRLF lines).

function dsn(opts: { to: string; action: 'failed' | 'delayed'; status: string; diag: string; subject: string }): string {
  const crlf = [
    'Return-Path: <>',
    'From: MAILER-DAEMON@mx.sender.example (Mail Delivery System)',
    'To: user@sender.example',
    `Subject: ${opts.subject}`,
    'Date: Mon, 2 Mar 2026 10:00:00 +0900',
    'Message-ID: <dsn-1@mx.sender.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mx.sender.example.',
    '',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.sender.example',
    '',
    `Final-Recipient: rfc822; ${opts.to}`,
    `Action: ${opts.action}`,
    `Status: ${opts.status}`,
    `Diagnostic-Code: smtp; ${opts.diag}`,
    '',
    '--b1',
    'Content-Type: text/rfc822-headers',
    '',
    'From: user@sender.example',
    `To: ${opts.to}`,
    'Subject: Quarterly figures',
    '',
    '--b1--',
    '',
  ].join('\r\n');
  return 'X-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\n' + crlf;
}

export const UNKNOWN_USER = dsn({
  to: 'no.such.person@recipient.example', action: 'failed', status: '5.1.1',
  diag: '550 5.1.1 <no.such.person@recipient.example>: Recipient address rejected: User unknown', subject: 'Undelivered Mail Returned to Sender',
});

export const DELAYED = dsn({
  to: 'slow@recipient.example', action: 'delayed', status: '4.4.1',
  diag: '421 4.4.1 connect to mx.recipient.example: Connection timed out', subject: 'Delayed Mail (still being retried)',
});

export const ORDINARY = 'X-Mozilla-Status: 0001\nFrom: friend@example.jp\r\nTo: user@sender.example\r\nSubject: Lunch?\r\nDate: Mon, 2 Mar 2026 10:00:00 +0900\r\n\r\nShall we meet at noon?\r\n';
