// Raw bytes or text -> Message, with newlines normalised and size bounded. The structure is read by
// mime.ts (lean, decodes only textual parts); encoded words and address lists go through postal-mime.
import type { Header, Message, Part } from '../types.js';
import { DEFAULT_LIMITS, type Limits, withLimits } from './limits.js';
import { addressTexts } from './addresses.js';
import { normaliseNewlines, normaliseNewlinesViewed } from './newlines.js';
import { decodeBytes } from './decode.js';
import { readMime } from './mime.js';
import { byteView } from './byte-view.js';
import { safeDecodeWords } from './words.js';

const encoder = new TextEncoder();
const utf8 = new TextDecoder('utf-8');

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

interface Viewed {
  bytes: Uint8Array;
  view: string | undefined;
}

/**
 * Bytes that are not all ASCII, newlines normalised, with their byte view; without one when the runtime
 * has no one-to-one decoder (then the envelope line is stripped here). Apart from parseMessageSync: the
 * JIT compiles this path only if it is hot.
 */
function nonAsciiView(bounded: Uint8Array): Viewed {
  const view = byteView.decode(bounded);
  if (view.length !== bounded.length) return { bytes: stripEnvelopeLine(normaliseNewlines(bounded)), view: undefined };
  const bytes = normaliseNewlinesViewed(bounded, view);
  return { bytes, view: bytes === bounded ? view : byteView.decode(bytes) };
}

/**
 * Parses one message. Never throws: a message the MIME parser rejects becomes a Message whose text is
 * the raw input, so the text readers still get a chance.
 */
export async function parseMessage(input: Uint8Array | ArrayBuffer | string, overrides?: Partial<Limits>): Promise<Message> {
  return parseMessageSync(input, overrides);
}

/** The same, synchronously: nothing in it waits, and the diagnosis path calls it without a promise. */
export function parseMessageSync(input: Uint8Array | ArrayBuffer | string, overrides?: Partial<Limits>): Message {
  // Nothing below writes to the limits, so the shared defaults need no per-call copy.
  const limits: Readonly<Limits> = overrides ? withLimits(overrides) : DEFAULT_LIMITS;
  const all = bytesOf(input);
  const size = all.length;
  const truncated = size > limits.maxParseBytes;
  const bounded = truncated ? all.subarray(0, limits.maxParseBytes) : all;
  // The byte view (one character per byte, see byte-view.ts) the MIME reader searches in; made once,
  // here, so that the CR and envelope-line checks are string searches too. Most mail is all ASCII: UTF-8
  // decodes that fastest, to the same string, and tells it apart (any other byte shortens the text or
  // becomes U+FFFD).
  let view: string | undefined = utf8.decode(bounded);
  const ascii = view.length === bounded.length && view.indexOf('\ufffd') === -1;
  let bytes: Uint8Array = bounded;
  if (ascii) {
    // CRLF and CR newlines become LF in the bytes, found in the view; the new bytes decode to their view
    // (a global regex replace in the string, then encoding it, costs about half as much again).
    if (view.indexOf('\r') !== -1) {
      bytes = normaliseNewlinesViewed(bounded, view);
      view = utf8.decode(bytes);
    }
  } else {
    const v = nonAsciiView(bounded);
    bytes = v.bytes;
    view = v.view;
  }
  if (view !== undefined && view.startsWith('From ') && view.length > 5) {
    const nl = view.indexOf('\n');
    bytes = nl === -1 ? new Uint8Array(0) : bytes.subarray(nl + 1);
    view = nl === -1 ? '' : view.slice(nl + 1);
  }

  if (!looksLikeHeaders(bytes)) {
    const msg = emptyMessage(size, truncated);
    msg.text = decodeBytes(bytes, limits.maxTextChars);
    return msg;
  }

  let mime;
  try {
    mime = readMime(bytes, limits, view === undefined ? undefined : { text: view, ascii });
  } catch {
    const msg = emptyMessage(size, truncated);
    msg.text = decodeBytes(bytes, limits.maxTextChars);
    return msg;
  }

  let text = mime.text;
  if (text.length > limits.maxTextChars) text = text.slice(0, limits.maxTextChars);
  return messageOf(mime.headers, text, mime.parts, truncated, size);
}

/**
 * The Message, with the first subject/from/date/message-id and every To read off the headers in one
 * pass (a header's value is '' at worst). Apart from parseMessageSync: the JIT compiles both smaller.
 */
function messageOf(headers: Header[], text: string, parts: Part[], truncated: boolean, size: number): Message {
  let subject: string | undefined;
  let from: string | undefined;
  let rawDate: string | undefined;
  let messageId: string | undefined;
  const to: string[] = [];
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i]!;
    switch (h.key) {
      case 'subject':
        subject ??= h.value;
        break;
      case 'from':
        from ??= h.value;
        break;
      case 'date':
        rawDate ??= h.value;
        break;
      case 'message-id':
        messageId ??= h.value;
        break;
      case 'to':
        if (h.value) addressTexts(h.value, to, false);
        break;
    }
  }
  const fromList: string[] = [];
  if (from) addressTexts(from, fromList, true);
  let date: string | null = null;
  if (rawDate) {
    const d = new Date(rawDate);
    date = Number.isNaN(d.getTime()) ? rawDate : d.toISOString();
  }
  return {
    headers,
    subject: safeDecodeWords(subject ?? ''),
    from: fromList.length !== 0 ? fromList[0]! : '', // (reading past the end would deoptimise this function)
    to,
    date,
    messageId: messageId ? safeDecodeWords(messageId) : null,
    text,
    parts,
    truncated,
    size,
  };
}

export function header(msg: Message, key: string): string | null {
  const k = key.toLowerCase();
  const headers = msg.headers;
  for (let i = 0; i < headers.length; i++) if (headers[i]!.key === k) return headers[i]!.value;
  return null;
}

export function headersAll(msg: Message, key: string): string[] {
  const k = key.toLowerCase();
  const headers = msg.headers;
  const out: string[] = [];
  for (let i = 0; i < headers.length; i++) if (headers[i]!.key === k) out.push(headers[i]!.value);
  return out;
}
