// Bounces reach us with LF (Unix mbox, Thunderbird), CRLF (SMTP, .eml from Windows), CR-only (old Mac
// exports) and mixed newlines (Thunderbird's X-Mozilla-Status lines use bare LF before CRLF lines).
// Everything downstream sees LF only.

const CR = 0x0d;
const LF = 0x0a;

/** Returns a copy with CRLF and lone CR turned into LF. Works on bytes so 8-bit charsets survive. */
export function normaliseNewlines(input: Uint8Array): Uint8Array {
  if (input.indexOf(CR) === -1) return input;
  const out = new Uint8Array(input.length);
  let j = 0;
  for (let i = 0; i < input.length; i++) {
    const b = input[i]!;
    if (b === CR) {
      out[j++] = LF;
      if (input[i + 1] === LF) i++;
    } else {
      out[j++] = b;
    }
  }
  return out.subarray(0, j);
}

/** The same for text that is already a string (pasted text). */
export function normaliseNewlinesText(input: string): string {
  return input.indexOf('\r') === -1 ? input : input.replace(/\r\n?/g, '\n');
}
