// mbox splitting. A message starts at a line "From " that follows an empty line (or the start of the
// file) and looks like an envelope line: "From sender date". Quoted ">From " lines in bodies and "From "
// at the start of a body paragraph that lacks a date do not split.

export const ENVELOPE = /^From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/;

export function isMbox(head: Uint8Array | string): boolean {
  const s = typeof head === 'string' ? head.slice(0, 200) : new TextDecoder('latin1').decode(head.subarray(0, 200));
  return ENVELOPE.test(s);
}

/**
 * Splits mbox bytes into message byte ranges (each without its "From " line). Lines may end in LF, CRLF
 * or a lone CR (old Mac exports), so the split works before newline normalisation.
 */
export function splitMbox(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = -1;
  let lineStart = 0;
  let prevBlank = true;
  const latin1 = new TextDecoder('latin1');
  const n = bytes.length;
  while (lineStart <= n) {
    // Find the end of this line: the next LF or CR (CRLF counts as one line end).
    let i = lineStart;
    while (i < n && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    const lineEnd = i;
    const next = i < n && bytes[i] === 0x0d && bytes[i + 1] === 0x0a ? i + 2 : i + 1;
    // "From " is five bytes; only then decode the line to test the envelope pattern.
    if (
      prevBlank &&
      lineEnd - lineStart >= 5 &&
      bytes[lineStart] === 0x46 && bytes[lineStart + 1] === 0x72 && bytes[lineStart + 2] === 0x6f &&
      bytes[lineStart + 3] === 0x6d && bytes[lineStart + 4] === 0x20 &&
      ENVELOPE.test(latin1.decode(bytes.subarray(lineStart, Math.min(lineEnd, lineStart + 200))))
    ) {
      if (start >= 0) out.push(bytes.subarray(start, lineStart));
      start = Math.min(next, n);
    }
    // A MIME closing delimiter ("--boundary--") ends the message as surely as an empty line does
    // (seen in real mbox files whose writer did not add the empty line before the next envelope).
    prevBlank = lineEnd === lineStart || (lineEnd - lineStart > 4 && bytes[lineStart] === 0x2d && bytes[lineStart + 1] === 0x2d
      && bytes[lineEnd - 1] === 0x2d && bytes[lineEnd - 2] === 0x2d);
    if (i >= n) break;
    lineStart = next;
  }
  if (start >= 0) out.push(bytes.subarray(start));
  else if (n) out.push(bytes);
  return out;
}
