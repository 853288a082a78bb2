// Raw bytes or text -> Message, through postal-mime, with newlines normalised and size bounded.
import PostalMime from 'postal-mime';
import type { Header, Message, Part } from '../types.js';
import { type Limits, withLimits } from './limits.js';
import { normaliseNewlines } from './newlines.js';
import { decodeBytes } from './decode.js';
import { htmlToText } from './html.js';

const encoder = new TextEncoder();

/** An mbox "From " separator left at the top of a single message is not a header. */
function stripEnvelopeLine(bytes: Uint8Array): Uint8Array {
  if (bytes.length > 5 && bytes[0] === 0x46 && bytes[1] === 0x72 && bytes[2] === 0x6f && bytes[3] === 0x6d && bytes[4] === 0x20) {
    const nl = bytes.indexOf(0x0a);
    return nl === -1 ? new Uint8Array(0) : bytes.subarray(nl + 1);
  }
  return bytes;
}

/** Header-less text (a bounce pasted from a web page) has no "Name: value" first line. */
export function looksLikeHeaders(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 1000);
  let i = 0;
  // A header name is printable ASCII without colon or space, then a colon.
  while (i < end) {
    const b = bytes[i]!;
    if (b === 0x3a) return i > 0;
    if (b <= 0x20 || b >= 0x7f) return false;
    i++;
  }
  return false;
}

function bytesOf(input: Uint8Array | ArrayBuffer | string): Uint8Array {
  if (typeof input === 'string') return encoder.encode(input);
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

function emptyMessage(size: number, truncated: boolean): Message {
  return { headers: [], subject: '', from: '', to: [], date: null, messageId: null, text: '', parts: [], truncated, size };
}

function addressText(a: { address?: string; name?: string; group?: unknown[] } | undefined): string {
  if (!a) return '';
  return a.address ?? a.name ?? '';
}

/**
 * Parses one message. Never throws: a message the MIME parser rejects becomes a Message whose text is
 * the raw input, so the text readers still get a chance.
 */
export async function parseMessage(input: Uint8Array | ArrayBuffer | string, overrides?: Partial<Limits>): Promise<Message> {
  const limits = withLimits(overrides);
  const all = bytesOf(input);
  const size = all.length;
  const truncated = size > limits.maxParseBytes;
  const bounded = truncated ? all.subarray(0, limits.maxParseBytes) : all;
  const bytes = stripEnvelopeLine(normaliseNewlines(bounded));

  if (!looksLikeHeaders(bytes)) {
    const msg = emptyMessage(size, truncated);
    msg.text = decodeBytes(bytes, limits.maxTextChars);
    return msg;
  }

  let email;
  try {
    email = await PostalMime.parse(bytes, {
      forceRfc822Attachments: true,
      attachmentEncoding: 'arraybuffer',
      maxNestingDepth: limits.maxNestingDepth,
      maxHeadersSize: limits.maxHeadersSize,
    });
  } catch {
    const msg = emptyMessage(size, truncated);
    msg.text = decodeBytes(bytes, limits.maxTextChars);
    return msg;
  }

  const headers: Header[] = (email.headers ?? []).map((h) => ({ key: String(h.key).toLowerCase(), value: String(h.value ?? '') }));
  const parts: Part[] = [];
  for (const att of email.attachments ?? []) {
    const mimeType = String(att.mimeType || 'application/octet-stream').toLowerCase();
    // Only textual parts can carry a report; binary attachments of the original are never decoded.
    if (!/^(message\/|text\/)/.test(mimeType)) continue;
    parts.push({ mimeType, text: decodeBytes(att.content as ArrayBuffer, limits.maxPartChars), filename: att.filename ?? null });
  }
  let text = email.text ?? '';
  if (!text && email.html) text = htmlToText(email.html);
  if (text.length > limits.maxTextChars) text = text.slice(0, limits.maxTextChars);

  return {
    headers,
    subject: email.subject ?? '',
    from: addressText(email.from as { address?: string; name?: string } | undefined),
    to: (email.to ?? []).map((a) => addressText(a as { address?: string; name?: string })).filter(Boolean),
    date: email.date ?? null,
    messageId: email.messageId ?? null,
    text,
    parts,
    truncated,
    size,
  };
}

export function header(msg: Message, key: string): string | null {
  const k = key.toLowerCase();
  for (const h of msg.headers) if (h.key === k) return h.value;
  return null;
}

export function headersAll(msg: Message, key: string): string[] {
  const k = key.toLowerCase();
  return msg.headers.filter((h) => h.key === k).map((h) => h.value);
}
