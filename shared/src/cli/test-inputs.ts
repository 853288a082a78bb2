// Hand-written inputs for the CLI tests, laid out on disk the way a help desk would meet them.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function bounce(rcpt: string, status: string, text: string): string {
  return [
    'From: MAILER-DAEMON@mx.example.org (Mail Delivery System)',
    'To: taro@example.jp',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Mon, 23 Nov 2026 10:00:00 +0900',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="R"',
    '',
    '--R',
    'Content-Type: text/plain',
    '',
    `<${rcpt}>: host mx.example.net[192.0.2.7] said: ${text}`,
    '',
    '--R',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.org',
    '',
    `Final-Recipient: rfc822; ${rcpt}`,
    'Action: failed',
    `Status: ${status}`,
    'Remote-MTA: dns; mx.example.net',
    `Diagnostic-Code: smtp; ${text}`,
    '',
    '--R--',
    '',
  ].join('\n');
}

export const NOT_A_BOUNCE = 'From: hanako@example.net\nTo: taro@example.jp\nSubject: lunch\n\nShall we meet at noon on Friday?\n';

export interface Layout {
  root: string;
  one: string;
  plain: string;
  mbox: string;
  maildir: string;
  broken: string;
}

/** A temp dir with a bounce, a non-bounce, a two-message mbox, a Maildir and a broken symlink. */
export function makeInputs(): Layout {
  const root = mkdtempSync(join(tmpdir(), 'bd-cli-'));
  const one = join(root, 'one.eml');
  writeFileSync(one, bounce('hanako@example.net', '5.1.1', '550 5.1.1 <hanako@example.net>: Recipient address rejected: User unknown'));
  const plain = join(root, 'plain.eml');
  writeFileSync(plain, NOT_A_BOUNCE);
  const mbox = join(root, 'export.mbox');
  writeFileSync(
    mbox,
    `From MAILER-DAEMON Mon Nov 23 10:00:00 2026\n${bounce('a@example.net', '5.2.2', '552 5.2.2 Mailbox full')}\nFrom MAILER-DAEMON Mon Nov 23 11:00:00 2026\n${bounce('b@example.net', '5.1.1', '550 5.1.1 User unknown')}`,
  );
  const maildir = join(root, 'Maildir');
  for (const d of ['cur', 'new', 'tmp']) mkdirSync(join(maildir, d), { recursive: true });
  writeFileSync(join(maildir, 'cur', '1700000000.M1P1.host:2,S'), bounce('c@example.net', '5.1.1', '550 5.1.1 User unknown'));
  writeFileSync(join(maildir, 'new', '1700000001.M2P2.host'), NOT_A_BOUNCE);
  const broken = join(root, 'broken', 'gone.eml');
  mkdirSync(join(root, 'broken'));
  symlinkSync(join(root, 'does-not-exist'), broken);
  return { root, one, plain, mbox, maildir, broken };
}

/** A directory of n small bounces, for the progress line. */
export function makeMany(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'bd-many-'));
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `m${String(i).padStart(3, '0')}.eml`), bounce(`u${i}@example.net`, '5.1.1', '550 5.1.1 User unknown'));
  return dir;
}
