// Multi-line SMTP replies repeat the reply code (and often the enhanced code) on every line:
//   "550-5.7.1 This message does not have authentication information or fails to pass\n
//    550-5.7.1 authentication checks."
// Joined into one diagnostic, the repeats cut phrases in two. Later repeats of the first line's prefix are
// dropped; the first stays as evidence.
import { isSpace } from '../text/index.js';

const PREFIX = /(?:^|\s)([245]\d\d)([ -])((?:[245]\.\d{1,3}\.\d{1,3})?)(?=\s)/;

/**
 * Length of the repeat starting at tail[s + 1] (the blank before it at s), or 0: with a status,
 * `${code}[ -]${status}` followed by a blank; without, `${code}-` followed by a non-blank. The
 * lookahead character is not part of the repeat.
 */
function repeatAt(tail: string, q: number, code: string, status: string): number {
  const sep = tail.charCodeAt(q + 3);
  if (status) {
    if (sep !== 0x20 && sep !== 0x2d) return 0;
    if (!tail.startsWith(status, q + 4)) return 0;
    const after = q + 4 + status.length;
    return after < tail.length && isSpace(tail.charCodeAt(after)) ? after - q + 1 : 0;
  }
  if (sep !== 0x2d) return 0;
  return q + 4 < tail.length && !isSpace(tail.charCodeAt(q + 4)) ? 5 : 0;
}

export function dropRepeatedCodes(text: string): string {
  const m = PREFIX.exec(text);
  if (!m) return text;
  const code = m[1]!;
  const status = m[3] ?? '';
  const first = m.index + m[0].length;
  const tail = text.slice(first);
  // Each repeat is a blank, the code and the rest of the prefix ("550-5.7.1" / "550 5.7.1" / "550-"),
  // found left to right without overlapping (what a global replace of that literal pattern removes).
  let out = '';
  let kept = 0;
  let pos = 0;
  for (;;) {
    const q = tail.indexOf(code, pos + 1);
    if (q === -1) break;
    const len = isSpace(tail.charCodeAt(q - 1)) ? repeatAt(tail, q, code, status) : 0;
    if (!len) {
      pos = q;
      continue;
    }
    out += tail.slice(kept, q - 1);
    kept = q - 1 + len;
    pos = kept;
  }
  return kept === 0 ? text : text.slice(0, first) + out + tail.slice(kept);
}
