/** Collapses runs of whitespace to one space and trims; bounded by max characters. */
export function squash(text: string, max = 2000): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > max ? s.slice(0, max) : s;
}
