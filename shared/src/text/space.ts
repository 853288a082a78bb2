// Whitespace as JavaScript's \s and String.prototype.trim() define it, tested on one UTF-16 code unit:
// a table-free test lets scanners skip blanks without a regex call or a substring per line.

/** The code units in /\s/: ASCII blanks, NBSP, the Unicode space separators, LS, PS, BOM. */
const BLANKS = new Uint8Array(0x10000);
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) BLANKS[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) BLANKS[c] = 1;

/**
 * Whether the code unit is in /\s/. One table read, the same steps for every character: a test that
 * branched on non-ASCII characters had those branches compiled without types until the first one came,
 * and the optimised code (with every scanner it was inlined into) was thrown away then.
 */
export function isSpace(c: number): boolean {
  return c <= 0xffff && c >= 0 && BLANKS[c] === 1;
}
