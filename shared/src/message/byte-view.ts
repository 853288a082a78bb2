// The MIME reader searches the raw bytes as a string of one character per byte (native string searches
// are many times faster than scanning a Uint8Array). Any decoder that keeps ASCII as it is and gives
// every other byte a character of its own finds exactly the same byte sequences; which one is used only
// changes the speed. Node's 'latin1' goes through UTF-8 and back for any byte above 0x7f and costs two to
// three times more on such input than an ISO-8859 table, so a table decoder is preferred where the
// runtime has one that passes the check below.

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);

/** The decoder for `label` if it maps the 256 bytes to 256 distinct characters, ASCII to itself. */
function oneToOne(label: string): TextDecoder | null {
  let d: TextDecoder;
  try {
    d = new TextDecoder(label);
  } catch {
    return null;
  }
  const s = d.decode(ALL_BYTES);
  if (s.length !== 256 || new Set(s).size !== 256) return null;
  for (let i = 0; i < 128; i++) if (s.charCodeAt(i) !== i) return null;
  return d;
}

/** One character per byte: positions in the string are positions in the bytes. */
export const byteView: TextDecoder = oneToOne('iso-8859-2') ?? oneToOne('latin1') ?? new TextDecoder('latin1');
