// Content-Transfer-Encoding decoders for the few parts the diagnosis reads. Both are single forward
// passes with an output cap, so a 25 MB attachment costs nothing when only its first bytes are wanted.

const B64 = new Int16Array(256).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((c, i) => {
  B64[c.charCodeAt(0)] = i;
});
// The URL-safe alphabet shows up in the wild too.
B64[0x2d] = 62;
B64[0x5f] = 63;

/** Decodes base64, skipping anything outside the alphabet, stopping at '=' padding or maxOut bytes. */
export function decodeBase64(input: Uint8Array, maxOut: number): Uint8Array {
  const out = new Uint8Array(Math.min(maxOut, Math.ceil((input.length * 3) / 4)));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < input.length && o < out.length; i++) {
    const c = input[i]!;
    if (c === 0x3d) {
      // Padding ends a quantum; a new one may follow (concatenated base64 blocks).
      acc = 0;
      bits = 0;
      continue;
    }
    const v = B64[c]!;
    if (v < 0) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
      acc &= (1 << bits) - 1;
    }
  }
  return out.subarray(0, o);
}

// Values of the hex digits by byte, -1 for every other byte.
const HEX = new Int8Array(256).fill(-1);
for (let c = 0; c < 256; c++) {
  if (c >= 0x30 && c <= 0x39) HEX[c] = c - 0x30;
  else if (c >= 0x41 && c <= 0x46) HEX[c] = c - 0x37;
  else if (c >= 0x61 && c <= 0x66) HEX[c] = c - 0x57;
}

/**
 * Decodes quoted-printable (input already has LF newlines): "=XX" bytes, "=" soft line breaks.
 * `view`, if given, holds the input as latin1 characters from `viewStart` on (one per byte): the
 * '=' are found there with a native string search and the runs between them copied natively.
 */
export function decodeQuotedPrintable(input: Uint8Array, maxOut: number, view?: string, viewStart = 0): Uint8Array {
  const n = input.length;
  const want = Math.min(maxOut, n);
  const cap = Math.trunc(want); // the length an output array of `want` bytes gets
  if (!(cap > 0)) return new Uint8Array(want); // no room: empty (or the RangeError a negative size gives)
  // Decoding never lengthens the text, so it is done in a copy of the input, in place: a run of plain
  // bytes is either already where it belongs or moved left natively (copyWithin allocates nothing).
  const out = new Uint8Array(n);
  out.set(input);
  // A view bounded to the input, so no search runs past it (slice() of a flat string is not a copy).
  const v = view === undefined ? undefined : view.slice(viewStart, viewStart + n);
  let o = 0;
  let i = 0;
  let eq = -1; // the next '=' at or after i (n if none)
  while (i < n && o < cap) {
    if (eq < i) {
      // Encoded text is mostly "=XX=XX...": look at the next byte before calling a search.
      eq = input[i] === 0x3d ? i : v === undefined ? input.indexOf(0x3d, i) : v.indexOf('=', i);
      if (eq === -1) eq = n;
    }
    // The run of plain bytes up to the '=', as far as the output has room.
    const run = Math.min(eq - i, cap - o);
    if (o === i) {
      o += run;
      i += run;
    } else if (run > 16) {
      out.copyWithin(o, i, i + run);
      o += run;
      i += run;
    } else {
      for (const e = i + run; i < e; ) out[o++] = input[i++]!;
    }
    if (i >= n || o >= cap) break;
    // input[i] is '=': a soft line break ("=", optional trailing whitespace, LF or the end)...
    let j = i + 1;
    while (j < n && (input[j] === 0x20 || input[j] === 0x09)) j++;
    if (j >= n || input[j] === 0x0a) {
      i = j + 1;
      continue;
    }
    // ...an encoded byte, or a lone "=" kept as it is.
    // (One path for both, so that a lone "=" met late needs no code that has never run.)
    const h = i + 2 < n ? HEX[input[i + 1]!]! : -1;
    const l = h >= 0 ? HEX[input[i + 2]!]! : -1;
    out[o++] = l >= 0 ? (h << 4) | l : 0x3d;
    i += l >= 0 ? 3 : 1;
  }
  return out.subarray(0, o);
}
