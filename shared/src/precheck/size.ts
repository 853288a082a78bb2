// Message size as the server will count it: attachments grow by a third in base64.

/** Bytes of base64 with 76-character lines and CRLF, for n bytes of content. */
export function base64Size(n: number): number {
  if (!Number.isFinite(n) || n <= 0) return 0;
  const chars = Math.ceil(n / 3) * 4;
  return chars + Math.ceil(chars / 76) * 2;
}

/** Headers and MIME boundaries of an ordinary message, a rough allowance per part. */
export const MIME_OVERHEAD_BYTES = 2048;
export const PART_OVERHEAD_BYTES = 300;

/** Estimated size on the wire of a message with this body text and these attachment sizes. */
export function estimateMessageSize(bodyBytes: number, attachmentBytes: readonly number[]): number {
  let total = MIME_OVERHEAD_BYTES + (Number.isFinite(bodyBytes) && bodyBytes > 0 ? bodyBytes : 0);
  for (const a of attachmentBytes) total += base64Size(a) + PART_OVERHEAD_BYTES;
  return total;
}
