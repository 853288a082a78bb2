// Whitespace as JavaScript's \s and String.prototype.trim() define it, tested on one UTF-16 code unit:
// a table-free test lets scanners skip blanks without a regex call or a substring per line.

/** Whether the code unit is in /\s/ (ASCII blanks, NBSP, the Unicode space separators, LS, PS, BOM). */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
