// A lean MIME reader for bounces. It walks the structure by byte offsets (header blocks, boundary
// lines) and decodes only what the diagnosis reads: inline text/plain and text/html bodies and the
// message/* and text/* parts (delivery-status, rfc822-headers, the returned original). Binary
// attachments are skipped without being decoded or copied. It follows postal-mime's rules for which
// part is body text and which is an attachment (with message/rfc822 always kept as an attachment),
// so the readers see what they saw before, at a fraction of the cost and with bounded memory.
//
// Input must already have LF newlines. Every step is a forward scan; nested multiparts rescan their
// own range, at most maxNestingDepth times.
import type { Header } from '../types.js';
import { byteView } from './byte-view.js';
import { decodeBytes, decoderFor } from './decode.js';
import { decodeBase64, decodeQuotedPrintable } from './transfer.js';
import { htmlToText } from './html.js';

const LF = 0x0a;
const utf8 = new TextDecoder('utf-8', { fatal: false });
// One character per byte: positions in this string are positions in the bytes.
const encoder = new TextEncoder();

export interface MimeLimits {
  maxNestingDepth: number;
  /** Parts read per message (headers of the whole message count as one). */
  maxParts?: number;
  maxHeadersSize: number;
  maxPartChars: number;
  maxTextChars: number;
}

export interface StructuredValue {
  value: string;
  params: Record<string, string>;
}

/** The bytes as a string of one character per byte, and whether they are all ASCII. */
export interface BytesView {
  text: string;
  ascii: boolean;
}

export interface MimeAttachment {
  mimeType: string;
  filename: string | null;
  text: string;
}

export interface MimeResult {
  headers: Header[];
  /** Plain body text, assembled the way postal-mime assembles email.text. */
  text: string;
  /** Html body (only used when there is no plain text anywhere). */
  html: string;
  attachments: MimeAttachment[];
}

/**
 * Finds the end of the header block starting at `start`: returns [headerEnd, bodyStart]. Works on the
 * byte view (one character per byte, see byte-view.ts), where a native string search finds "\n\n".
 */
function headerBlockEnd(s: string, start: number, end: number): [number, number] {
  if (start < end && s.charCodeAt(start) === LF) return [start, start + 1];
  // slice() of a long string is a view, not a copy; searching it keeps the search inside this part.
  const i = s.slice(start, end).indexOf('\n\n');
  return i === -1 ? [end, end] : [start + i + 1, start + i + 2];
}

/** `[A-Za-z][\w-]{0,40}\*?=` at the start of the line text[at, end): a parameter ("boundary=..."), not a header. */
function startsWithParameter(text: string, at: number, end: number): boolean {
  const c = at < end ? text.charCodeAt(at) : -1;
  if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) return false;
  // [\w-] is greedy and neither '*' nor '=' is one, so the longest run decides (at most 40 after the letter).
  let k = at + 1;
  const max = Math.min(end, at + 41);
  while (k < max) {
    const d = text.charCodeAt(k);
    if (!((d >= 0x30 && d <= 0x39) || (d >= 0x41 && d <= 0x5a) || (d >= 0x61 && d <= 0x7a) || d === 0x5f || d === 0x2d)) break;
    k++;
  }
  if (k < end && text.charCodeAt(k) === 0x2a) k++;
  return k < end && text.charCodeAt(k) === 0x3d;
}

/** `/;\s*$/.test(s)`, with the common answer (a last character that is neither ';' nor possibly \s) first. */
function endsWithSemicolon(s: string): boolean {
  const e = s.charCodeAt(s.length - 1);
  return (e === 0x3b || e <= 0x20 || e >= 0x80) && /;\s*$/.test(s);
}

/**
 * Unfolded "Name: value" headers, names lowercased, values raw (encoded words left for the caller).
 * Reads text[from, to) (all of it by default), as if that range were the whole text.
 */
export function parseHeaderLines(text: string, from = 0, to = text.length): Header[] {
  const out: Header[] = [];
  let has = false; // a header is open (its name may be '')
  let key = '';
  let value = '';
  let last = ''; // the last piece appended to value (a line, or ' ' + line)
  const n = to;
  let colon = from - 1;
  // Line by line as split('\n') would give them, by offsets: [pos, nl) is the line.
  for (let pos = from; pos <= n; ) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1 || nl > n) nl = n;
    const start = pos;
    pos = nl + 1;
    const c = start < nl ? text.charCodeAt(start) : -1;
    if ((c === 0x20 || c === 0x09) && has) {
      last = text.slice(start, nl);
      value += last;
      continue;
    }
    // A parameter line its writer forgot to indent ("Content-Type: multipart/alternative;\nboundary=..."):
    // seen in real Verizon and Apache James bounces; without it the whole part is lost.
    if (has && endsWithSemicolon(last) && startsWithParameter(text, start, nl)) {
      last = ' ' + text.slice(start, nl);
      value += last;
      continue;
    }
    // The next ':' at or after the line start, searched again only once passed: linear in all.
    if (colon < start) colon = text.indexOf(':', start);
    if (colon === -1 || colon >= nl || colon === start) {
      if (colon === -1) colon = n; // none left
      continue; // not a header line (garbage, or a stray envelope line)
    }
    if (has) out.push({ key, value: value.trim() });
    has = true;
    key = text.slice(start, colon).trim().toLowerCase();
    value = last = text.slice(colon + 1, nl);
  }
  if (has) out.push({ key, value: value.trim() });
  return out;
}

/** Splits at ';' outside quoted strings, unquoting them (backslash escapes honoured). */
function splitQuoted(s: string): string[] {
  const pieces: string[] = [];
  let cur = ''; // the current piece up to `from`; s[from, i) is still to be appended
  let from = 0;
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quoted) {
      if (c === 0x5c && i + 1 < s.length) {
        cur += s.slice(from, i) + s[i + 1];
        from = ++i + 1;
      } else if (c === 0x22) {
        cur += s.slice(from, i);
        from = i + 1;
        quoted = false;
      }
    } else if (c === 0x22) {
      cur += s.slice(from, i);
      from = i + 1;
      quoted = true;
    } else if (c === 0x3b) {
      pieces.push(cur + s.slice(from, i));
      cur = '';
      from = i + 1;
    }
  }
  pieces.push(cur + s.slice(from));
  return pieces;
}

// Stands in for the RFC 2231 tables of a value that has none: reading it (and walking it with for-in)
// sees exactly what a fresh empty object would, without allocating one per call.
const NO_ENTRIES: Readonly<Record<string, never>> = Object.freeze({});

/** RFC 2231 continuation sections read per parameter (a long filename takes a few dozen at most). */
const MAX_CONTINUATIONS = 999;

/** Parses "type/subtype; a=b; c="d"" (RFC 2045 / 2231 parameters, quoted strings). Linear. */
export function parseStructured(raw: string): StructuredValue {
  const s = raw.length > 4000 ? raw.slice(0, 4000) : raw;
  // Parameter names come from the message: with a plain object, "__proto__*=x" would write into
  // Object.prototype and break every later parse in the process. No prototype, no such name.
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  let continued: Record<string, string[]> | null = null;
  let charsets: Record<string, string> | null = null;
  let value: string;
  if (s.indexOf(';') === -1 && s.indexOf('"') === -1) {
    // No parameters and nothing quoted (most Content-Disposition values, default types).
    value = s.trim().toLowerCase();
  } else {
    // Most values have no quoted strings: a plain split is enough and allocates far less.
    const pieces: string[] = s.indexOf('"') === -1 ? s.split(';') : splitQuoted(s);
    value = (pieces[0] ?? '').trim().toLowerCase();
    for (let n = 1; n < pieces.length; n++) {
      const p = pieces[n]!;
      const eq = p.indexOf('=');
      if (eq <= 0) continue;
      let key = p.slice(0, eq).trim().toLowerCase();
      let val = p.slice(eq + 1).trim();
      // RFC 2231: name*=charset'lang'%XX..., name*0=..., name*1*=...
      const star = key.includes('*') ? /^([^*]+)\*(\d+)?(\*)?$/.exec(key) : null;
      if (star) {
        key = star[1]!;
        // "name*" and "name*1*" carry charset'lang'%XX encoding; "name*0" is a plain continuation.
        const extended = star[3] === '*' || star[2] === undefined;
        if (extended) {
          charsets ??= Object.create(null) as Record<string, string>;
          const m = /^([^']*)'[^']*'([^]*)$/.exec(val);
          if (m) {
            if (m[1]) charsets[key] = m[1];
            val = m[2]!;
          }
          val = percentDecode(val, charsets[key]);
        }
        // Real continuations number a handful; "name*99999999=" would make join() walk a huge array.
        const index = Number(star[2] ?? 0);
        if (index > MAX_CONTINUATIONS) continue;
        continued ??= Object.create(null) as Record<string, string[]>;
        (continued[key] ??= [])[index] = val;
        continue;
      }
      params[key] = val;
    }
  }
  const c: Record<string, string[]> = continued ?? NO_ENTRIES;
  for (const k in c) params[k] = c[k]!.join('');
  return { value, params };
}

function percentDecode(s: string, charset: string | undefined): string {
  if (s.indexOf('%') === -1) return s;
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '%' && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(s.charCodeAt(i) & 0xff);
  }
  return decoderFor(charset).decode(new Uint8Array(bytes));
}

/** Undoes format=flowed (RFC 3676): soft breaks after a trailing space, space-stuffing. */
function unflow(text: string, delSp: boolean): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let para = '';
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.charCodeAt(0) === 0x20) line = line.slice(1);
    const soft = line.endsWith(' ') && line !== '-- ' && i < lines.length - 1;
    if (soft) {
      para += delSp ? line.slice(0, -1) : line;
    } else {
      out.push(para + line);
      para = '';
    }
  }
  if (para) out.push(para);
  return out.join('\n');
}

interface TextEntry {
  plain: string[];
  html: string[];
}

class Walker {
  readonly attachments: MimeAttachment[] = [];
  /** Text entries in document order: one per alternative group or per lone text part. */
  readonly entries: TextEntry[] = [];
  private readonly byAlt = new Map<number, TextEntry>();
  hasPlain = false;
  hasHtml = false;
  textChars = 0;
  partsLeft: number;

  /** The bytes as a string of one character per byte, for native searches (boundaries, the blank line after headers). */
  private readonly s: string;
  /**
   * Every byte is ASCII: then s is also what UTF-8 or windows-1252 make of any range of the bytes, and
   * header blocks and plain bodies are sliced from it instead of decoded (a decode call costs far more).
   */
  private readonly ascii: boolean;

  constructor(
    private readonly b: Uint8Array,
    private readonly limits: MimeLimits,
    view: BytesView | undefined,
  ) {
    this.partsLeft = limits.maxParts ?? 1000;
    this.s = view ? view.text : byteView.decode(b);
    this.ascii = view ? view.ascii : false;
  }

  node(start: number, end: number, depth: number, altId: number, defaultType: string, headerBudget: { left: number }): Header[] {
    const [hEnd, bodyStart] = headerBlockEnd(this.s, start, end);
    // Headers beyond the limits are not read; the body is still found after them.
    const room = Math.max(0, Math.min(this.limits.maxHeadersSize, headerBudget.left));
    const headLength = Math.min(hEnd - start, room);
    headerBudget.left -= headLength;
    const headers = this.ascii ? parseHeaderLines(this.s, start, start + headLength) : parseHeaderLines(utf8.decode(this.b.subarray(start, start + headLength)));
    let ctRaw = '';
    let cdRaw = '';
    let cte = '';
    for (const h of headers) {
      if (h.key === 'content-type' && !ctRaw) ctRaw = h.value;
      else if (h.key === 'content-disposition' && !cdRaw) cdRaw = h.value;
      else if (h.key === 'content-transfer-encoding' && !cte) cte = h.value.trim().toLowerCase();
    }
    const ct = parseStructured(ctRaw || defaultType);
    if (!ct.value.includes('/')) ct.value = defaultType;
    const cd = parseStructured(cdRaw);
    this.body(ct, cd, cte, bodyStart, end, depth, altId, headerBudget);
    return headers;
  }

  private body(ct: StructuredValue, cd: StructuredValue, cte: string, start: number, end: number, depth: number, altId: number, headerBudget: { left: number }): void {
    const type = ct.value;
    if (type.startsWith('multipart/')) {
      const boundary = ct.params.boundary;
      if (!boundary || depth >= this.limits.maxNestingDepth) return; // unreadable or too deep: skip its content
      const sub = type.slice(10);
      const childAlt = sub === 'alternative' ? start + 1 : altId;
      const childDefault = sub === 'digest' ? 'message/rfc822' : 'text/plain';
      const parts = this.splitParts(boundary.slice(0, 200), start, end, Math.max(0, this.partsLeft));
      for (const [s, e] of parts) {
        if (--this.partsLeft < 0) break; // past the part limit: the rest is not read
        this.node(s, e, depth + 1, childAlt, childDefault, headerBudget);
      }
      // A boundary that never occurs (the header and the body disagree, seen in real Postfix bounces):
      // read the whole body as text rather than lose the report.
      if (!parts.length && depth === 0) this.body(parseStructured('text/plain'), parseStructured(''), cte, start, end, depth, altId, headerBudget);
      return;
    }
    const attachment = cd.value === 'attachment';
    if (!attachment && (type === 'text/plain' || type === 'text/html')) {
      const budget = Math.max(0, this.limits.maxTextChars - this.textChars);
      const decoder = decoderFor(ct.params.charset);
      let text = this.ascii && !encoded(cte) && asciiTransparent(decoder)
        ? this.s.slice(start, start + Math.min(end - start, budget * 4))
        : decoder.decode(this.content(cte, start, end, budget * 4));
      if (text.length > budget) text = text.slice(0, budget);
      if (type === 'text/plain' && isWord(ct.params.format, 'flowed')) text = unflow(text, isWord(ct.params.delsp, 'yes'));
      this.textChars += text.length;
      this.addText(altId || start + 1, type === 'text/html' ? 'html' : 'plain', text);
      return;
    }
    // Only textual parts can carry a report; binary attachments of the original are never decoded.
    if (!type.startsWith('message/') && !type.startsWith('text/')) return;
    const max = this.limits.maxPartChars;
    const filename = cd.params.filename || ct.params.name || null;
    let text: string;
    if (this.ascii && !encoded(cte)) {
      // What decodeBytes(content, max) gives for ASCII content: the same characters, cut to max.
      text = this.s.slice(start, start + Math.min(end - start, max * 4));
      if (text.length > max) text = text.slice(0, max);
    } else text = decodeBytes(this.content(cte, start, end, max * 4), max);
    this.attachments.push({ mimeType: type, filename, text });
  }

  private addText(key: number, kind: 'plain' | 'html', text: string): void {
    let e = this.byAlt.get(key);
    if (!e) {
      e = { plain: [], html: [] };
      this.byAlt.set(key, e);
      this.entries.push(e);
    }
    e[kind].push(text);
    if (kind === 'plain') this.hasPlain = true;
    else this.hasHtml = true;
  }

  /** The body bytes after transfer decoding, at most maxBytes of them. */
  private content(cte: string, start: number, end: number, maxBytes: number): Uint8Array {
    const raw = this.b.subarray(start, end);
    // (encoded() below names the two encodings decoded here)
    if (cte.startsWith('base64')) return decodeBase64(raw.subarray(0, Math.ceil(maxBytes * 1.4) + 1024), maxBytes);
    if (cte.startsWith('quoted-printable')) return decodeQuotedPrintable(raw.subarray(0, maxBytes * 3), maxBytes, this.s, start);
    // Body lines end in LF; postal-mime kept that last LF as part of the content, and so do we.
    const body = raw.length > maxBytes ? raw.subarray(0, maxBytes) : raw;
    return body;
  }

  /**
   * Ranges of the parts of a multipart body: between "--boundary" lines, up to "--boundary--". The
   * delimiter is searched for natively inside this body only, then checked to fill its line.
   */
  private splitParts(boundary: string, start: number, end: number, max: number): [number, number][] {
    const sub = this.s.slice(start, end);
    const delim = isAscii(boundary) ? '--' + boundary : byteView.decode(encoder.encode('--' + boundary));
    const out: [number, number][] = [];
    let partStart = -1;
    for (let i = sub.indexOf(delim); i !== -1; i = sub.indexOf(delim, i + 1)) {
      if (i > 0 && sub.charCodeAt(i - 1) !== LF) continue; // not at the start of a line
      let nl = sub.indexOf('\n', i + delim.length);
      if (nl === -1) nl = sub.length;
      // The rest of the line: "--" closes, whitespace is allowed, anything else is not a delimiter.
      let k = i + delim.length;
      const closing = sub.charCodeAt(k) === 0x2d && sub.charCodeAt(k + 1) === 0x2d;
      if (closing) k += 2;
      while (k < nl && (sub.charCodeAt(k) === 0x20 || sub.charCodeAt(k) === 0x09)) k++;
      if (k !== nl) continue;
      // RFC 2046 gives the LF before the delimiter to the delimiter; postal-mime kept it as the
      // body's last newline, and so do we (readers match on whole lines).
      if (partStart >= 0) out.push([partStart, start + i]);
      if (closing || out.length >= max) return out;
      partStart = start + nl + 1;
      i = nl;
    }
    if (partStart >= 0 && partStart < end) out.push([partStart, end]);
    return out;
  }
}

/**
 * `/^word$/i.test(v ?? '')` for a lowercase ASCII word: such a regex only matches ASCII case variants, and
 * no other character lowercases to one of these letters (f l o w e d y s), so comparing lowercased is the same.
 */
function isWord(v: string | undefined, word: 'flowed' | 'yes'): boolean {
  return v !== undefined && v.length === word.length && (v === word || v.toLowerCase() === word);
}

/** The transfer encodings content() decodes; any other leaves the bytes as they are. */
function encoded(cte: string): boolean {
  return cte.startsWith('base64') || cte.startsWith('quoted-printable');
}

/** Decoders that turn ASCII bytes into the same characters (as the byte view has them). */
function asciiTransparent(d: TextDecoder): boolean {
  return d.encoding === 'utf-8' || d.encoding === 'windows-1252';
}

/** ASCII is the same in UTF-8 and in the byte view, so such a boundary needs no byte round trip. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Reads one message (LF newlines) into headers, body text and the textual parts. Never throws.
 * `view`, when the caller has it, is the bytes decoded by byteView, or by UTF-8 when all are ASCII.
 * Its `ascii` may only be true when every byte is below 0x80.
 */
export function readMime(bytes: Uint8Array, limits: MimeLimits, view?: BytesView): MimeResult {
  // A plain view: subarray() of a Node Buffer builds a Buffer through its species, which costs more.
  const plain = Object.getPrototypeOf(bytes) === Uint8Array.prototype ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const w = new Walker(plain, limits, view);
  const headers = w.node(0, bytes.length, 0, 0, 'text/plain', { left: 2 * limits.maxHeadersSize });
  let text = '';
  let html = '';
  if (w.hasPlain) {
    const out: string[] = [];
    for (const e of w.entries) {
      if (e.plain.length) for (const p of e.plain) out.push(p);
      else for (const h of e.html) out.push(htmlToText(h));
    }
    text = out.join('\n');
  }
  if (w.hasHtml) {
    const all: string[] = [];
    for (const e of w.entries) for (const h of e.html) all.push(h);
    html = all.join('\n');
  }
  return { headers, text, html, attachments: w.attachments };
}
