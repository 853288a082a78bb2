import { isSpace } from './space.js';

/**
 * Whether the text is already squashed: no blank but single spaces between words, none at the ends.
 * Most values handed to squash (unfolded fields, subjects) already are, and then no copy is made.
 */
function squashed(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  if (text.charCodeAt(0) === 0x20 || text.charCodeAt(n - 1) === 0x20) return false;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) return false;
      prevSpace = true;
    } else {
      if (isSpace(c)) return false;
      prevSpace = false;
    }
  }
  return true;
}

/**
 * Runs of whitespace other than one lone space: a run that starts with another blank, or a space and
 * more. Replacing these by a space gives what replacing every run (/\s+/g) gives, with far fewer
 * replacements (most runs are single spaces between words).
 */
const BLANK_RUN = /[^\S ]\s*| \s+/g;

/** Collapses runs of whitespace to one space and trims; bounded by max characters. */
export function squash(text: string, max = 2000): string {
  const s = squashed(text) ? text : text.replace(BLANK_RUN, ' ').trim();
  return s.length > max ? s.slice(0, max) : s;
}
