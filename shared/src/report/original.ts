// The returned original: its headers come as message/rfc822, text/rfc822-headers, or pasted into the
// body after a marker line. Only the header block is read.
import type { Message, Original } from '../types.js';
import { cleanAddress, findAddresses, isSpace } from '../text/index.js';
import { firstFieldBlock } from './fields.js';
import { errorSection } from './text-reader.js';

/** Part types that carry the returned original or its headers. */
function isOriginalType(mimeType: string): boolean {
  switch (mimeType) {
    case 'message/rfc822':
    case 'text/rfc822-headers':
    case 'message/rfc822-headers':
    case 'message/global':
    case 'message/global-headers':
      return true;
    default:
      return false;
  }
}

const decoders = new Map<string, TextDecoder>();
/** One decoder per charset label (creating them is the costly part); throws on unknown labels. */
function decoderFor(charset: string): TextDecoder {
  const key = charset.toLowerCase();
  let d = decoders.get(key);
  if (!d) {
    d = new TextDecoder(key);
    if (decoders.size < 64) decoders.set(key, d);
  }
  return d;
}

/** The bytes of a binary string (atob's output: every character below 256). */
function binaryBytes(bin: string): Uint8Array {
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x66 ? l - 0x57 : -1;
}

/**
 * The bytes of Q-encoded data: '_' is a space, "=XX" a byte, any other character its low byte (one byte
 * per code point, as iterating the string gives them: a surrogate pair is one character).
 */
function qBytes(data: string): Uint8Array {
  const bytes = new Uint8Array(data.length);
  let n = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 0x5f) {
      bytes[n++] = 0x20;
      continue;
    }
    if (c === 0x3d && i + 2 < data.length) {
      const hi = hexDigit(data.charCodeAt(i + 1));
      const lo = hexDigit(data.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        bytes[n++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    bytes[n++] = c & 0xff;
    // A high surrogate followed by a low one is one character: its low half adds no byte.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < data.length) {
      const d = data.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  // (data.length, not bytes.length: V8 11.3 gives a load on a local the feedback slot of the same load
  // on the parameter of the same index, and a Uint8Array's map there would make data's string check a
  // map check that the first two-byte text fails.)
  return n === data.length ? bytes : bytes.subarray(0, n);
}

export function decodeWord(v: string): string {
  if (!v.includes('=?')) return v;
  // Encoded words in headers of the returned original stay encoded in the part; decode the common forms.
  return v.replace(/=\?([^?\s]{1,40})\?([bq])\?([^?\s]{0,2000})\?=/gi, (all, cs: string, enc: string, data: string) => {
    try {
      const bytes = enc === 'b' || enc === 'B' ? binaryBytes(atob(data)) : qBytes(data);
      return decoderFor(cs).decode(bytes);
    } catch {
      return all;
    }
  }).replace(/\?=\s+=\?/g, '?==?');
}

/** The only fields an Original is made of: the rest of a header block (Received, DKIM...) is read past. */
const ORIGINAL_FIELDS: readonly string[] = ['subject', 'date', 'message-id', 'from', 'to'];

export function originalFromHeaderText(text: string): Original | null {
  const block = firstFieldBlock(text.length > 64 * 1024 ? text.slice(0, 64 * 1024) : text, ORIGINAL_FIELDS);
  if (!block || !(block.has('subject') || block.has('message-id') || block.has('to') || block.has('from'))) return null;
  const to = findAddresses(block.get('to') ?? '', 50);
  return {
    subject: block.has('subject') ? decodeWord(block.get('subject')!) : null,
    date: block.get('date') ?? null,
    messageId: block.get('message-id') ?? null,
    from: cleanAddress(block.get('from')) || null,
    to,
  };
}

/**
 * Whether the line [start, end) opens with "Name: " (/^[\x21-\x39\x3b-\x7e]{1,80}:\s/): 1 to 80
 * printable characters other than ':', then ':' and a blank within the line.
 */
function startsHeaderField(text: string, start: number, end: number): boolean {
  let i = start;
  const stop = Math.min(end, start + 81);
  for (; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || c === 0x3a) break;
  }
  const n = i - start;
  return n >= 1 && n <= 80 && i + 1 < end && text.charCodeAt(i) === 0x3a && isSpace(text.charCodeAt(i + 1));
}

export function findOriginal(msg: Message): Original | null {
  // By index: a for-of loop is compiled with an iterator and a try-block around its body.
  const parts = msg.parts;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (isOriginalType(p.mimeType)) {
      const o = originalFromHeaderText(p.text);
      if (o) return o;
    }
  }
  // Text bounces paste the original after a marker line ("--- Below this line is a copy of the message.").
  const { original } = errorSection(msg.text.length > 512 * 1024 ? msg.text.slice(0, 512 * 1024) : msg.text);
  if (!original) return null;
  // Skip the marker itself and blank lines (up to five lines), then read the header block that follows.
  let start = 0;
  for (let i = 0; i < 5; i++) {
    const nl = original.indexOf('\n', start);
    const end = nl === -1 ? original.length : nl;
    if (startsHeaderField(original, start, end)) break;
    if (nl === -1) {
      start = original.length;
      break;
    }
    start = nl + 1;
  }
  const o = originalFromHeaderText(original.slice(start));
  // A forwarded bounce's own headers (from the mailer daemon) are not the returned message.
  return o && !/mailer-daemon|postmaster/i.test(o.from ?? '') ? o : null;
}
