// Raw bytes or text -> Message, with newlines normalised and size bounded. The structure is read by
// mime.ts (lean, decodes only textual parts); encoded words and address lists go through postal-mime.
import { addressParser, decodeWords } from 'postal-mime';
import type { Header, Message, Part } from '../types.js';
import { type Limits, withLimits } from './limits.js';
import { normaliseNewlines } from './newlines.js';
import { decodeBytes } from './decode.js';
import { htmlToText } from './html.js';
import { readMime } from './mime.js';

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
  // RFC 5322 allows any printable ASCII in a field name, but real ones are letters, digits and hyphens;
  // pasted bounce text often starts "<user@host>: host said: ..." which must not pass as a header.
  while (i < end) {
    const b = bytes[i]!;
    if (b === 0x3a) return i > 0;
    const letterOrDigit = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
    if (!letterOrDigit && b !== 0x2d && b !== 0x5f) return false;
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

  let mime;
  try {
    mime = readMime(bytes, limits);
  } catch {
    const msg = emptyMessage(size, truncated);
    msg.text = decodeBytes(bytes, limits.maxTextChars);
    return msg;
  }

  const headers: Header[] = mime.headers;
  const first = (key: string) => headers.find((h) => h.key === key)?.value ?? '';
  const parts: Part[] = mime.attachments.map((a) => ({ mimeType: a.mimeType, text: a.text, filename: a.filename ? safeDecodeWords(a.filename) : null }));
  let text = mime.text;
  if (!text && mime.html) text = htmlToText(mime.html);
  if (text.length > limits.maxTextChars) text = text.slice(0, limits.maxTextChars);
  const to: string[] = [];
  for (const h of headers) if (h.key === 'to' && h.value) for (const a of addresses(h.value)) if (addressText(a)) to.push(addressText(a));
  const rawDate = first('date');
  const when = rawDate ? new Date(rawDate) : null;

  return {
    headers,
    subject: safeDecodeWords(first('subject')),
    from: addressText(addresses(first('from'))[0]),
    to,
    date: when ? (Number.isNaN(when.getTime()) ? rawDate : when.toISOString()) : null,
    messageId: first('message-id') ? safeDecodeWords(first('message-id')) : null,
    text,
    parts,
    truncated,
    size,
  };
}

/** RFC 2047 encoded words, through postal-mime; header values are bounded first. */
function safeDecodeWords(s: string): string {
  if (!s) return '';
  const v = s.length > 10_000 ? s.slice(0, 10_000) : s;
  try {
    return v.indexOf('=?') === -1 ? v : decodeWords(v);
  } catch {
    return v;
  }
}

type ParsedAddress = { address?: string; name?: string; group?: unknown[] };

function addresses(value: string): ParsedAddress[] {
  if (!value) return [];
  try {
    // A bounce needs the first few addresses; a 1 MB To: header must not cost a second.
    return addressParser(value.length > 8_000 ? value.slice(0, value.lastIndexOf(",", 8_000) + 1 || 8_000) : value) as ParsedAddress[];
  } catch {
    return [];
  }
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
