// Text decoding for parts postal-mime hands back as bytes.

const decoders = new Map<string, TextDecoder>();

function decoderFor(charset: string): TextDecoder {
  const key = charset.toLowerCase();
  let d = decoders.get(key);
  if (!d) {
    try {
      d = new TextDecoder(key, { fatal: false });
    } catch {
      d = decoders.get('utf-8') ?? new TextDecoder('utf-8', { fatal: false });
    }
    decoders.set(key, d);
  }
  return d;
}

/** Decodes at most maxChars worth of bytes (bytes >= chars, so cutting bytes first is safe). */
export function decodeBytes(content: ArrayBuffer | Uint8Array | string, maxChars: number, charset = 'utf-8'): string {
  if (typeof content === 'string') return content.length > maxChars ? content.slice(0, maxChars) : content;
  const bytes = content instanceof Uint8Array ? content : new Uint8Array(content);
  const cut = bytes.length > maxChars * 4 ? bytes.subarray(0, maxChars * 4) : bytes;
  const text = decoderFor(charset).decode(cut);
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}
