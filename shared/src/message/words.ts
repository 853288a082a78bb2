// RFC 2047 encoded words in header values (subject, message-id, part filenames), through postal-mime.
import { decodeWords } from 'postal-mime';

/** Decodes the encoded words of a header value, bounded first; a value postal-mime rejects stays as it is. */
export function safeDecodeWords(s: string): string {
  if (!s) return '';
  const v = s.length > 10_000 ? s.slice(0, 10_000) : s;
  try {
    return v.indexOf('=?') === -1 ? v : decodeWords(v);
  } catch {
    return v;
  }
}
