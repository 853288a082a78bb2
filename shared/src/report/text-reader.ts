// Generic reader for bounces in formats no dialect knows, and for text pasted without headers: finds the
// failed addresses in the error section and the lines that talk about them.
import type { Message, RecipientRecord } from '../types.js';
import { cleanAddress, findAddresses, findReplyCode, findStatus, squash } from '../text/index.js';

/** Lines that start the returned original (or its headers) in text bounces. */
const ORIGINAL_MARKERS = [
  /^-{2,} ?(?:original message|forwarded message|below this line is a copy|this is a copy|the original message|message text follows)/i,
  /^-+ ?(?:returned message|unsent message|original message follows|undelivered message follows)/i,
  /^content-type: (?:message\/rfc822|text\/rfc822-headers)/i,
  /^(?:original message follows|the original message was received|------ original message|\s*--- the header of the original message)/i,
  /^received: from /i,
  /^-+ ?(?:元のメッセージ|送信したメッセージ|元メッセージ)/,
];

/** Lines searched for the error section: a bounce states its errors near the top. */
export const MAX_ERROR_LINES = 3000;

export function errorSection(text: string): { error: string; original: string } {
  const lines = text.split('\n', MAX_ERROR_LINES + 1);
  const n = Math.min(lines.length, MAX_ERROR_LINES);
  for (let i = 0; i < n; i++) {
    const l = lines[i]!;
    // Every marker starts with one of these characters (after optional blanks): skip the rest cheaply.
    const c = l.trimStart().charAt(0).toLowerCase();
    if (c !== '-' && c !== 'c' && c !== 'o' && c !== 'r' && c !== '|' && c !== 't') continue;
    if (ORIGINAL_MARKERS.some((re) => re.test(l))) {
      const at = lines.slice(0, i).join('\n').length;
      return { error: text.slice(0, at), original: i === 0 ? text : text.slice(at + 1) };
    }
  }
  return { error: lines.length > MAX_ERROR_LINES ? lines.slice(0, MAX_ERROR_LINES).join('\n') : text, original: '' };
}

const NOT_RECIPIENTS = /^(?:mailer-daemon|postmaster|root|nobody|abuse|noreply|no-reply|double-bounce|mail-daemon)@/i;

export function readText(msg: Message, exclude: string[] = [], maxRecipients = 500): RecipientRecord[] {
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
      // The diagnostic is the address line and the paragraph that follows it.
      const para: string[] = [line];
      for (let j = i + 1; j < lines.length && j < i + 8; j++) {
        const next = lines[j]!;
        if (!next.trim()) break;
        if (findAddresses(next, 1).length && !findStatus(next) && !findReplyCode(next)) break;
        para.push(next);
      }
      const diagnostic = squash(para.join(' '));
      out.push({
        address: addr,
        action: null,
        status: findStatus(diagnostic),
        replyCode: findReplyCode(diagnostic),
        remoteMta: null,
        diagnostic,
        command: null,
      });
    }
  }
  return out;
}
