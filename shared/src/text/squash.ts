/**
 * Runs of whitespace other than one lone space: a run that starts with another blank, or a space and
 * more. Replacing these by a space gives what replacing every run (/\s+/g) gives, with far fewer
 * replacements (most runs are single spaces between words). A text with no such run (most values handed
 * to squash: unfolded fields, subjects) comes back from replace() and trim() as it was, without a copy;
 * the native scan costs less than a character loop in JavaScript, which also has to be compiled while
 * the bench warms up.
 */
const BLANK_RUN = /[^\S ]\s*| \s+/g;

/** Collapses runs of whitespace to one space and trims; bounded by max characters. */
export function squash(text: string, max = 2000): string {
  const s = text.replace(BLANK_RUN, ' ').trim();
  return s.length > max ? s.slice(0, max) : s;
}
