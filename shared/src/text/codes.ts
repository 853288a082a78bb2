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

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isClass = (c: number): boolean => c === 0x32 || c === 0x34 || c === 0x35;

/** Valid-looking enhanced status code: class 2, 4 or 5, subject 0-7 (/^[245]\.[0-7]\.\d{1,3}$/). */
export function isStatus(s: string | null | undefined): s is string {
  if (!s) return false;
  // A caller outside the types (a number from JSON) gets the expression's answer, as before.
  if (typeof s !== 'string') return /^[245]\.[0-7]\.\d{1,3}$/.test(s);
  if (s.length < 5 || s.length > 7) return false;
  if (!isClass(s.charCodeAt(0)) || s.charCodeAt(1) !== 0x2e || s.charCodeAt(3) !== 0x2e) return false;
  const subject = s.charCodeAt(2);
  if (subject < 0x30 || subject > 0x37) return false;
  for (let i = 4; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** Valid-looking reply code: /^[245][0-5]\d$/. */
export function isReplyCode(s: string | null | undefined): s is string {
  if (!s) return false;
  if (typeof s !== 'string') return /^[245][0-5]\d$/.test(s);
  if (s.length !== 3) return false;
  const second = s.charCodeAt(1);
  return isClass(s.charCodeAt(0)) && second >= 0x30 && second <= 0x35 && isDigit(s.charCodeAt(2));
}
