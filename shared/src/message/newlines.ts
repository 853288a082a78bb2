// Bounces reach us with LF (Unix mbox, Thunderbird), CRLF (SMTP, .eml from Windows), CR-only (old Mac
// exports) and mixed newlines (Thunderbird's X-Mozilla-Status lines use bare LF before CRLF lines).
// Everything downstream sees LF only.

const CR = 0x0d;
const LF = 0x0a;

/** Returns a copy with CRLF and lone CR turned into LF. Works on bytes so 8-bit charsets survive. */
export function normaliseNewlines(input: Uint8Array): Uint8Array {
  let cr = input.indexOf(CR);
  if (cr === -1) return input;
  // Copy once, then close each gap a CRLF leaves by moving the following line left natively: a
  // byte-by-byte loop costs several times more on CRLF mail, where every line has one.
  const n = input.length;
  const out = new Uint8Array(n);
  out.set(input);
  let j = cr; // bytes of output done (out[0, j) is final)
  let from = cr; // next input byte to keep
  while (cr !== -1) {
    if (j !== from) out.copyWithin(j, from, cr);
    j += cr - from;
    out[j++] = LF;
    from = input[cr + 1] === LF ? cr + 2 : cr + 1;
    cr = input.indexOf(CR, from);
  }
  if (j !== from) out.copyWithin(j, from, n);
  return out.subarray(0, j + n - from);
}

/**
 * normaliseNewlines for bytes that come with a view of one character per byte (as the MIME reader
 * searches them): the CRs are found in the string, where the search is native and fast. The caller
 * decodes the result again for its view (one decode costs less than cutting the string line by line).
 */
export function normaliseNewlinesViewed(input: Uint8Array, view: string): Uint8Array {
  let cr = view.indexOf('\r');
  if (cr === -1) return input;
  const n = input.length;
  const out = new Uint8Array(n);
  out.set(input);
  let j = 0;
  let from = 0;
  while (cr !== -1) {
    if (j !== from) out.copyWithin(j, from, cr);
    j += cr - from;
    out[j++] = LF;
    from = view.charCodeAt(cr + 1) === LF ? cr + 2 : cr + 1;
    cr = view.indexOf('\r', from);
  }
  if (j !== from) out.copyWithin(j, from, n);
  return out.subarray(0, j + n - from);
}

/** The same for text that is already a string (pasted text). */
export function normaliseNewlinesText(input: string): string {
  return input.indexOf('\r') === -1 ? input : input.replace(/\r\n?/g, '\n');
}
