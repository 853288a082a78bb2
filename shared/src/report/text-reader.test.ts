// errorSection (lines walked by index, one marker expression) against the split-and-six-regexes version
// it replaced, on tricky and random inputs; findOriginal's marker skipping on pasted originals.
import { describe, expect, it } from 'vitest';
import { errorSection, MAX_ERROR_LINES, readText } from './text-reader.js';
import { cleanAddress, findAddresses, findReplyCode, findStatus, squash } from '../text/index.js';
import { findOriginal, originalFromHeaderText } from './original.js';
import type { Message, Original, RecipientRecord } from '../types.js';

const OLD_MARKERS = [
  /^-{2,} ?(?:original message|forwarded message|below this line is a copy|this is a copy|the original message|message text follows)/i,
  /^-+ ?(?:returned message|unsent message|original message follows|undelivered message follows)/i,
  /^content-type: (?:message\/rfc822|text\/rfc822-headers)/i,
  /^(?:original message follows|the original message was received|------ original message|\s*--- the header of the original message)/i,
  /^received: from /i,
  /^-+ ?(?:元のメッセージ|送信したメッセージ|元メッセージ)/,
];

function oldErrorSection(text: string): { error: string; original: string } {
  const lines = text.split('\n', MAX_ERROR_LINES + 1);
  const n = Math.min(lines.length, MAX_ERROR_LINES);
  for (let i = 0; i < n; i++) {
    const l = lines[i]!;
    const c = l.trimStart().charAt(0).toLowerCase();
    if (c !== '-' && c !== 'c' && c !== 'o' && c !== 'r' && c !== '|' && c !== 't') continue;
    if (OLD_MARKERS.some((re) => re.test(l))) {
      const at = lines.slice(0, i).join('\n').length;
      return { error: text.slice(0, at), original: i === 0 ? text : text.slice(at + 1) };
    }
  }
  return { error: lines.length > MAX_ERROR_LINES ? lines.slice(0, MAX_ERROR_LINES).join('\n') : text, original: '' };
}

const PIECES = [
  '\n', '\n\n', '\r\n', ' ', '\t', '\u3000', '-', '--', '---', '------', '-- ', 'original message', 'Original Message',
  'forwarded message', 'Below this line is a copy', 'this is a copy', 'The original message', 'message text follows',
  'returned message', 'unsent message', 'original message follows', 'Undelivered message follows', 'Content-Type: ',
  'message/rfc822', 'text/rfc822-headers', 'the original message was received', '--- the header of the original message',
  'Received: from ', 'received:from', '元のメッセージ', '送信したメッセージ', '元メッセージ', 'text', 'Subject: x', 'From: a@b.example',
  '|', '\\', 'T', 'o', 'r', 'c', 'K', '\u212a', '\u0130', 'x',
];

function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

function randomText(rnd: () => number, n = 30): string {
  let s = '';
  const k = Math.floor(rnd() * n);
  for (let i = 0; i < k; i++) s += PIECES[Math.floor(rnd() * PIECES.length)];
  return s;
}

describe('errorSection', () => {
  it('cuts where the line-splitting version did', () => {
    const tricky = [
      '', '\n', 'a', '---- Original Message', 'x\n---- Original Message\ny', 'x\r\n  --- the header of the original message\n',
      '\n'.repeat(MAX_ERROR_LINES - 1), '\n'.repeat(MAX_ERROR_LINES), '\n'.repeat(MAX_ERROR_LINES + 1),
      `${'a\n'.repeat(MAX_ERROR_LINES)}Received: from x`, `${'a\n'.repeat(MAX_ERROR_LINES - 1)}Received: from x`,
      '---元のメッセージ', 'x\n|original message', '\\-- original message',
    ];
    for (const t of tricky) expect(errorSection(t)).toEqual(oldErrorSection(t));
    const rnd = lcg(3);
    for (let i = 0; i < 20000; i++) {
      const t = randomText(rnd);
      expect(errorSection(t)).toEqual(oldErrorSection(t));
    }
  });
});

function pasted(text: string): Message {
  return { headers: [], subject: '', from: '', to: [], date: null, messageId: null, text, parts: [], truncated: false, size: text.length };
}

/** The old pasted-original path: split, skip, join again. */
function oldPastedOriginal(text: string): Original | null {
  const { original } = oldErrorSection(text);
  if (!original) return null;
  const lines = original.split('\n');
  let i = 0;
  while (i < lines.length && i < 5 && !/^[\x21-\x39\x3b-\x7e]{1,80}:\s/.test(lines[i]!)) i++;
  const o = originalFromHeaderText(lines.slice(i).join('\n'));
  return o && !/mailer-daemon|postmaster/i.test(o.from ?? '') ? o : null;
}

describe('findOriginal on a pasted original', () => {
  it('skips the marker and blank lines as the split-and-join version did', () => {
    const cases = [
      'oops\n---- Original Message\nSubject: hi\nTo: a@b.example', 'oops\n---- Original Message\n\n\n\nSubject: hi',
      'oops\n---- Original Message\n\n\n\n\nSubject: hi', 'oops\n---- Original Message\nx\nSubject:hi\nSubject: there',
      'oops\n---- Original Message', 'oops\n---- Original Message\n', `oops\n---- Original Message\n${'k'.repeat(81)}: v\nSubject: hi`,
      `oops\n---- Original Message\n${'k'.repeat(80)}: v\nSubject: hi`, 'x\n---- Original Message\nSubject:\nTo: a@b.example',
      'x\n---- Original Message\nSubject:\u3000y\nTo: a@b.example', 'x\n---- Original Message\nSubject: y\nFrom: MAILER-DAEMON@x.example',
    ];
    const rnd = lcg(5);
    for (let i = 0; i < 5000; i++) cases.push(`${randomText(rnd, 8)}\n---- Original Message${randomText(rnd, 12)}`);
    for (const text of cases) expect(findOriginal(pasted(text))).toEqual(oldPastedOriginal(text));
  });
});

describe('readText', () => {
  const NOT_RECIPIENTS = /^(?:mailer-daemon|postmaster|root|nobody|abuse|noreply|no-reply|double-bounce|mail-daemon)@/i;
  /** The split-lines version, on the (already compared) error section. */
  function oldReadText(msg: Message, exclude: string[] = [], maxRecipients = 500): RecipientRecord[] {
    const { error } = errorSection(msg.text);
    const skip = new Set([...exclude, msg.from, ...msg.to].map((a) => cleanAddress(a).toLowerCase()).filter(Boolean));
    const lines = error.split('\n');
    const out: RecipientRecord[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < lines.length && out.length < maxRecipients; i++) {
      const line = lines[i]!;
      if (line.indexOf('@') === -1) continue;
      for (const addr of findAddresses(line, 20)) {
        const key = addr.toLowerCase();
        if (seen.has(key) || skip.has(key) || NOT_RECIPIENTS.test(addr)) continue;
        seen.add(key);
        const para: string[] = [line];
        for (let j = i + 1; j < lines.length && j < i + 8; j++) {
          const next = lines[j]!;
          if (!next.trim()) break;
          if (findAddresses(next, 1).length && !findStatus(next) && !findReplyCode(next)) break;
          para.push(next);
        }
        const diagnostic = squash(para.join(' '));
        out.push({ address: addr, action: null, status: findStatus(diagnostic), replyCode: findReplyCode(diagnostic), remoteMta: null, diagnostic, command: null });
      }
    }
    return out;
  }
  it('finds the recipients and paragraphs the split-lines version found', () => {
    const pieces = [
      '\n', '\n\n', ' ', 'a@b.example', 'B@C.example', 'x@y.example', 'mailer-daemon@b.example', '550 5.1.1 ', 'user unknown', '@',
      'said:', '421', '4.2.2', '---- Original Message\n', 'Received: from x\n', '\t', '<c@d.example>', 'me@here.example',
    ];
    const rnd = lcg(21);
    for (let i = 0; i < 5000; i++) {
      const text = randomText(rnd, 6) + pieces.map(() => pieces[Math.floor(rnd() * pieces.length)]).slice(0, Math.floor(rnd() * 30)).join('');
      const msg = { ...pasted(text), from: 'me@here.example' };
      // The old version could run past the limit inside one line; the limit now holds there too.
      for (const max of [1, 2, 500]) expect(readText(msg, ['x@y.example'], max)).toEqual(oldReadText(msg, ['x@y.example'], max).slice(0, max));
    }
  });

  it('stops at the recipient limit inside a line that names many', () => {
    const msg = { ...pasted('550 5.1.1 unknown: a@x.example, b@x.example, c@x.example, d@x.example\n'), from: 'me@here.example' };
    expect(readText(msg, [], 2).map((r) => r.address)).toEqual(['a@x.example', 'b@x.example']);
    expect(readText(msg, [], 500)).toHaveLength(4);
  });
});
