// Generic reader for bounces in formats no dialect knows, and for text pasted without headers: finds the
// failed addresses in the error section and the lines that talk about them.
import type { Message, RecipientRecord } from '../types.js';
import { cleanAddress, findAddresses, findReplyCode, findStatus, hasAddress, isSpace, squash } from '../text/index.js';

/**
 * Lines that start the returned original (or its headers) in text bounces, in one expression (one call
 * per candidate line instead of six): "----- original message", "------ Returned message",
 * "Content-Type: message/rfc822", "Original message follows", "Received: from ", Japanese markers. The
 * Japanese words have no case, so the i flag leaves them as they were.
 */
const ORIGINAL_MARKER = /^(?:-{2,} ?(?:original message|forwarded message|below this line is a copy|this is a copy|the original message|message text follows)|-+ ?(?:returned message|unsent message|original message follows|undelivered message follows)|content-type: (?:message\/rfc822|text\/rfc822-headers)|original message follows|the original message was received|------ original message|\s*--- the header of the original message|received: from |-+ ?(?:元のメッセージ|送信したメッセージ|元メッセージ))/i;

/** Lines searched for the error section: a bounce states its errors near the top. */
export const MAX_ERROR_LINES = 3000;

/**
 * Whether the line [start, end) may be a marker: every marker starts with one of - c o r t | (after
 * optional blanks), case-insensitively. Lines are walked by index, so no line is cut out unless it is a
 * candidate.
 */
function markerCandidate(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (i === end) return false;
  const c = text.charCodeAt(i) | 0x20;
  // | 0x20 folds A-Z onto a-z. It also lets '\\' through (as '|'): harmless, the expression decides; this
  // only rules out lines no marker can start.
  return c === 0x2d || c === 0x63 || c === 0x6f || c === 0x72 || c === 0x74 || c === 0x7c;
}

export function errorSection(text: string): { error: string; original: string } {
  let start = 0;
  for (let i = 0; i < MAX_ERROR_LINES; i++) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    if (markerCandidate(text, start, end) && ORIGINAL_MARKER.test(text.slice(start, end))) {
      return i === 0 ? { error: '', original: text } : { error: text.slice(0, start - 1), original: text.slice(start) };
    }
    if (nl === -1) return { error: text, original: '' };
    start = nl + 1;
  }
  // More lines follow the ones searched: the error section is those lines.
  return { error: text.slice(0, start - 1), original: '' };
}

const NOT_RECIPIENTS = /^(?:mailer-daemon|postmaster|root|nobody|abuse|noreply|no-reply|double-bounce|mail-daemon)@/i;

/** Adds an address to the ones readText skips (cleaned and lowercased; nothing when none is left). */
function skipAddress(skip: Set<string>, a: string): void {
  const key = cleanAddress(a).toLowerCase();
  if (key) skip.add(key);
}

export function readText(msg: Message, exclude: string[] = [], maxRecipients = 500): RecipientRecord[] {
  const { error } = errorSection(msg.text);
  // Built in a loop, not by spreading and mapping three lists: fewer arrays per message, and no callbacks
  // whose arrays' maps could throw the optimised reader away.
  const skip = new Set<string>();
  for (let i = 0; i < exclude.length; i++) skipAddress(skip, exclude[i]!);
  skipAddress(skip, msg.from);
  for (let i = 0; i < msg.to.length; i++) skipAddress(skip, msg.to[i]!);
  const out: RecipientRecord[] = [];
  const seen = new Set<string>();
  // Lines are walked by index, jumping from one '@' to the next: lines without one are never cut out.
  for (let at = error.indexOf('@'); at !== -1 && out.length < maxRecipients; ) {
    const start = error.lastIndexOf('\n', at) + 1;
    let end = error.indexOf('\n', at);
    if (end === -1) end = error.length;
    const line = error.slice(start, end);
    for (const addr of findAddresses(line, 20)) {
      const key = addr.toLowerCase();
      if (out.length >= maxRecipients) break; // one line may name many: the limit holds inside it too
      if (seen.has(key) || skip.has(key) || NOT_RECIPIENTS.test(addr)) continue;
      seen.add(key);
      // The diagnostic is the address line and the paragraph that follows it (up to seven lines).
      let para = line;
      for (let j = 1, from = end + 1; j < 8 && from <= error.length; j++) {
        let to = error.indexOf('\n', from);
        if (to === -1) to = error.length;
        const next = error.slice(from, to);
        if (!next.trim()) break;
        if (hasAddress(next) && !findStatus(next) && !findReplyCode(next)) break;
        para += ` ${next}`;
        from = to + 1;
      }
      const diagnostic = squash(para);
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
    at = end === error.length ? -1 : error.indexOf('@', end + 1);
  }
  return out;
}
