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

function hex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** Decodes quoted-printable (input already has LF newlines): "=XX" bytes, "=" soft line breaks. */
export function decodeQuotedPrintable(input: Uint8Array, maxOut: number): Uint8Array {
  const out = new Uint8Array(Math.min(maxOut, input.length));
  let o = 0;
  for (let i = 0; i < input.length && o < out.length; i++) {
    const c = input[i]!;
    if (c !== 0x3d) {
      out[o++] = c;
      continue;
    }
    // Soft line break: "=" then optional trailing whitespace then LF.
    let j = i + 1;
    while (j < input.length && (input[j] === 0x20 || input[j] === 0x09)) j++;
    if (j >= input.length || input[j] === 0x0a) {
      i = j;
      continue;
    }
    const h = i + 2 < input.length ? hex(input[i + 1]!) : -1;
    const l = h >= 0 ? hex(input[i + 2]!) : -1;
    if (l >= 0) {
      out[o++] = (h << 4) | l;
      i += 2;
    } else {
      out[o++] = c; // a lone "=" is kept as it is
    }
  }
  return out.subarray(0, o);
}
