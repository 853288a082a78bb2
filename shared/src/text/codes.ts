// Finding SMTP codes in free text. All patterns are anchored on fixed tokens and bounded: linear time.

const ENHANCED = /(?:^|[^\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)/;
const REPLY = /(?:^|[^\d.-])([245][0-5]\d)(?=[\s-]|$)/;

/** First enhanced status code (RFC 3463) in the text, e.g. "5.1.1", or null. */
export function findStatus(text: string): string | null {
  const m = ENHANCED.exec(text);
  return m ? `${m[1]}.${m[2]}.${m[3]}` : null;
}

/** First SMTP reply code (RFC 5321) that stands as its own token, e.g. "550", or null. */
export function findReplyCode(text: string): string | null {
  const m = REPLY.exec(text);
  return m ? m[1]! : null;
}

/** Valid-looking enhanced status code: class 2, 4 or 5, subject 0-7. */
export function isStatus(s: string | null | undefined): s is string {
  return !!s && /^[245]\.[0-7]\.\d{1,3}$/.test(s);
}

export function isReplyCode(s: string | null | undefined): s is string {
  return !!s && /^[245][0-5]\d$/.test(s);
}
