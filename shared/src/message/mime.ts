// A lean MIME reader for bounces. It walks the structure by byte offsets (header blocks, boundary
// lines) and decodes only what the diagnosis reads: inline text/plain and text/html bodies and the
// message/* and text/* parts (delivery-status, rfc822-headers, the returned original). Binary
// attachments are skipped without being decoded or copied. It follows postal-mime's rules for which
// part is body text and which is an attachment (with message/rfc822 always kept as an attachment),
// so the readers see what they saw before, at a fraction of the cost and with bounded memory.
//
// Input must already have LF newlines. Every step is a forward scan; nested multiparts rescan their
// own range, at most maxNestingDepth times.
import type { Header, Part } from '../types.js';
import { byteView } from './byte-view.js';
import { decodeBytes, decoderFor } from './decode.js';
import { decodeBase64, decodeQuotedPrintable } from './transfer.js';
import { htmlToText } from './html.js';
import { safeDecodeWords } from './words.js';

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

export interface MimeResult {
  headers: Header[];
  /** Plain body text, assembled the way postal-mime assembles email.text; the html body as text when there is none. */
  text: string;
  /** The textual parts that are not body text (filenames with their encoded words decoded). */
  parts: Part[];
}

/**
 * Finds the end of the header block starting at `start`: the offset of the LF of its blank line (the
 * body starts after it), or `end` when there is no blank line (and no body). Works on the byte view
 * (one character per byte, see byte-view.ts), where a native string search finds "\n\n".
 */
function headerBlockEnd(s: string, start: number, end: number): number {
  if (start < end && s.charCodeAt(start) === LF) return start;
  // slice() of a long string is a view, not a copy; searching it keeps the search inside this part.
  const i = s.slice(start, end).indexOf('\n\n');
  return i === -1 ? end : start + i + 1;
}

const SEMICOLON_END = /;\s*$/;

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
    // seen in real Verizon and Apache James bounces; without it the whole part is lost. That is: the
    // last piece matches /;\s*$/ (its last character tells most apart first) and the line starts with
    // /[A-Za-z][\w-]{0,40}\*?=/ (the run of [\w-] is greedy and neither '*' nor '=' is one, so the
    // longest run decides). Written out here rather than as two functions: this one is then too big for
    // the JIT to inline into the MIME walk, and is compiled once instead of twice.
    const e = last.length === 0 ? -1 : last.charCodeAt(last.length - 1);
    if (has && (e === 0x3b || (e >= 0 && e <= 0x20) || e >= 0x80) && c !== -1 && ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) && SEMICOLON_END.test(last)) {
      let k = start + 1;
      const max = Math.min(nl, start + 41);
      while (k < max) {
        const d = text.charCodeAt(k);
        if (!((d >= 0x30 && d <= 0x39) || ((d | 0x20) >= 0x61 && (d | 0x20) <= 0x7a) || d === 0x5f || d === 0x2d)) break;
        k++;
      }
      if (k < nl && text.charCodeAt(k) === 0x2a) k++;
      if (k < nl && text.charCodeAt(k) === 0x3d) {
        last = ' ' + text.slice(start, nl);
        value += last;
        continue;
      }
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

// Parameters of a value that has none, for reading only: no allocation per part.
const NO_ENTRIES: Readonly<Record<string, never>> = Object.freeze({});

/** RFC 2231 continuation sections read per parameter (a long filename takes a few dozen at most). */
const MAX_CONTINUATIONS = 999;

/** Parses "type/subtype; a=b; c="d"" (RFC 2045 / 2231 parameters, quoted strings). Linear. */
export function parseStructured(raw: string): StructuredValue {
  const s = raw.length > 4000 ? raw.slice(0, 4000) : raw;
  // Parameter names come from the message: with a plain object, "__proto__*=x" would write into
  // Object.prototype and break every later parse in the process. No prototype, no such name.
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  const st: ParamState = { params, continued: null, charsets: null };
  let semi = s.indexOf(';');
  let quote = s.indexOf('"');
  let value: string;
  if (semi === -1 && quote === -1) {
    // No parameters and nothing quoted (most Content-Disposition values, default types).
    value = s.trim().toLowerCase();
  } else {
    // The pieces between ';' outside quoted strings, quoted strings unquoted (backslash escapes
    // honoured). Every search is native and starts past the last one of its kind: linear.
    let backslash = -2; // not searched yet
    let first = true;
    value = '';
    let cur = ''; // the current piece up to `from`; s[from, ...) is still to be appended
    let from = 0;
    for (;;) {
      if (semi !== -1 && semi < from) semi = s.indexOf(';', from);
      if (quote !== -1 && quote < from) quote = s.indexOf('"', from);
      let piece: string;
      let done = false;
      if (quote !== -1 && (semi === -1 || quote < semi)) {
        // A quoted string: up to the closing quote, or to the end when there is none.
        cur += s.slice(from, quote);
        let i = quote + 1;
        for (;;) {
          if (quote !== -1 && quote < i) quote = s.indexOf('"', i);
          if (backslash !== -1 && backslash < i) backslash = s.indexOf('\\', i);
          if (backslash !== -1 && (quote === -1 || backslash < quote) && backslash + 1 < s.length) {
            cur += s.slice(i, backslash) + s[backslash + 1]!;
            i = backslash + 2;
            continue;
          }
          break;
        }
        if (quote === -1) {
          piece = cur + s.slice(i);
          done = true;
        } else {
          cur += s.slice(i, quote);
          from = quote + 1;
          continue;
        }
      } else if (semi !== -1) {
        piece = cur + s.slice(from, semi);
        from = semi + 1;
      } else {
        piece = cur + s.slice(from);
        done = true;
      }
      cur = '';
      if (first) {
        value = piece.trim().toLowerCase();
        first = false;
      } else addParameter(st, piece);
      if (done) break;
    }
  }
  if (st.continued !== null) joinContinued(params, st.continued);
  return { value, params };
}

/** RFC 2231 sections joined into their parameters (apart: most values have none). */
function joinContinued(params: Record<string, string>, continued: Record<string, string[]>): void {
  for (const k in continued) params[k] = continued[k]!.join('');
}

interface ParamState {
  params: Record<string, string>;
  /** RFC 2231 sections by parameter name, made on the first one. */
  continued: Record<string, string[]> | null;
  charsets: Record<string, string> | null;
}

/** One "name=value" piece (already unquoted); a piece without a name before '=' is ignored. */
function addParameter(st: ParamState, p: string): void {
  const eq = p.indexOf('=');
  if (eq <= 0) return;
  let key = p.slice(0, eq).trim().toLowerCase();
  let val = p.slice(eq + 1).trim();
  // RFC 2231: name*=charset'lang'%XX..., name*0=..., name*1*=...
  const star = key.includes('*') ? /^([^*]+)\*(\d+)?(\*)?$/.exec(key) : null;
  if (star) {
    key = star[1]!;
    // "name*" and "name*1*" carry charset'lang'%XX encoding; "name*0" is a plain continuation.
    const extended = star[3] === '*' || star[2] === undefined;
    if (extended) {
      const charsets = (st.charsets ??= Object.create(null) as Record<string, string>);
      const m = /^([^']*)'[^']*'([^]*)$/.exec(val);
      if (m) {
        if (m[1]) charsets[key] = m[1];
        val = m[2]!;
      }
      val = percentDecode(val, charsets[key]);
    }
    // Real continuations number a handful; "name*99999999=" would make join() walk a huge array.
    const index = Number(star[2] ?? 0);
    if (index > MAX_CONTINUATIONS) return;
    const continued = (st.continued ??= Object.create(null) as Record<string, string[]>);
    (continued[key] ??= [])[index] = val;
    return;
  }
  st.params[key] = val;
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

/** What one walk over a message keeps: the inputs, the limits left, and what was found so far. */
interface Walk {
  /** The bytes, and the same as a string of one character per byte, for native searches (boundaries, the blank line after headers). */
  readonly b: Uint8Array;
  readonly s: string;
  /**
   * Every byte is ASCII: then s is also what UTF-8 or windows-1252 make of any range of the bytes, and
   * header blocks and plain bodies are sliced from it instead of decoded (a decode call costs far more).
   */
  readonly ascii: boolean;
  // The limits, copied: callers pass the frozen defaults or a withLimits() copy, two object shapes that
  // would make every read of them here polymorphic.
  readonly maxNestingDepth: number;
  readonly maxHeadersSize: number;
  readonly maxPartChars: number;
  readonly maxTextChars: number;
  partsLeft: number;
  /** Bytes of header blocks still to be read in this message. */
  headersLeft: number;
  textChars: number;
  readonly parts: Part[];
  /** Text entries in document order: one per alternative group or per lone text part. */
  readonly entries: TextEntry[];
  readonly byAlt: Map<number, TextEntry>;
  hasPlain: boolean;
  hasHtml: boolean;
}

/**
 * Reads every node of the message, depth first in document order, and returns the top-level headers.
 * One loop over a stack of pending parts instead of recursion: the JIT compiles this code once, not
 * once per function it would otherwise be inlined into.
 */
function walk(w: Walk): Header[] {
  // Parts still to read, the next one last: start, end, depth, alternative group, digest parent (1/0).
  const stack: number[] = [0, w.b.length, 0, 0, 0];
  let top: Header[] | null = null;
  while (stack.length) {
    const digest = stack.pop()!;
    const altId = stack.pop()!;
    const depth = stack.pop()!;
    const end = stack.pop()!;
    const start = stack.pop()!;
    if (top !== null && --w.partsLeft < 0) break; // past the part limit: the rest is not read
    const defaultType = digest ? 'message/rfc822' : 'text/plain';
    const hEnd = headerBlockEnd(w.s, start, end);
    const bodyStart = hEnd < end ? hEnd + 1 : end;
    // Headers beyond the limits are not read; the body is still found after them.
    const headLength = Math.min(hEnd - start, Math.max(0, Math.min(w.maxHeadersSize, w.headersLeft)));
    w.headersLeft -= headLength;
    // ASCII headers are read in the view itself; others are decoded as UTF-8 first.
    const headText = w.ascii ? w.s : utf8.decode(w.b.subarray(start, start + headLength));
    const headers = parseHeaderLines(headText, w.ascii ? start : 0, w.ascii ? start + headLength : headText.length);
    top ??= headers;
    let ctRaw = '';
    let cdRaw = '';
    let cte = '';
    for (let i = 0; i < headers.length; i++) {
      const h = headers[i]!;
      if (h.key === 'content-type') {
        if (!ctRaw) ctRaw = h.value;
      } else if (h.key === 'content-disposition') {
        if (!cdRaw) cdRaw = h.value;
      } else if (h.key === 'content-transfer-encoding' && !cte) cte = h.value.trim().toLowerCase();
    }
    // The transfer encodings content() decodes, by number: 1 base64, 2 quoted-printable, 0 any other
    // (the bytes are read as they are). Told apart once per part, here, for every reader of the part.
    const enc = cte.startsWith('base64') ? 1 : cte.startsWith('quoted-printable') ? 2 : 0;
    const ct = parseStructured(ctRaw || defaultType);
    if (!ct.value.includes('/')) ct.value = defaultType;
    const cd = cdRaw ? parseStructured(cdRaw) : NO_DISPOSITION;
    const type = ct.value;
    if (type.startsWith('multipart/')) {
      const boundary = ct.params.boundary;
      if (!boundary || depth >= w.maxNestingDepth) continue; // unreadable or too deep: skip its content
      const ranges = splitParts(w.s, boundary.slice(0, 200), bodyStart, end, Math.max(0, w.partsLeft));
      if (ranges.length) {
        const sub = type.slice(10);
        const childAlt = sub === 'alternative' ? bodyStart + 1 : altId;
        const childDigest = sub === 'digest' ? 1 : 0;
        for (let i = ranges.length - 2; i >= 0; i -= 2) stack.push(ranges[i]!, ranges[i + 1]!, depth + 1, childAlt, childDigest);
        continue;
      }
      // A boundary that never occurs (the header and the body disagree, seen in real Postfix bounces):
      // read the whole body as text rather than lose the report.
      if (depth === 0) readText(w, parseStructured('text/plain'), 'text/plain', enc, bodyStart, end, altId);
      continue;
    }
    readLeaf(w, ct, cd, enc, bodyStart, end, altId);
  }
  return top ?? [];
}

/**
 * A part that is not multipart: inline text/plain and text/html become body text, other textual parts
 * become Message parts; the rest is skipped. (Apart from walk, which the JIT then compiles smaller.)
 */
function readLeaf(w: Walk, ct: StructuredValue, cd: StructuredValue, enc: number, start: number, end: number, altId: number): void {
  const type = ct.value;
  if (cd.value !== 'attachment' && (type === 'text/plain' || type === 'text/html')) {
    readText(w, ct, type, enc, start, end, altId);
    return;
  }
  // Only textual parts can carry a report; binary attachments of the original are never decoded.
  if (!type.startsWith('message/') && !type.startsWith('text/')) return;
  const max = w.maxPartChars;
  const filename = cd.params.filename || ct.params.name || null;
  let text: string;
  if (w.ascii && enc === 0) {
    // What decodeBytes(content, max) gives for ASCII content: the same characters, cut to max.
    text = w.s.slice(start, start + Math.min(end - start, max * 4));
    if (text.length > max) text = text.slice(0, max);
  } else text = decodeBytes(content(w, enc, start, end, max * 4), max);
  w.parts.push({ mimeType: type, text, filename: filename ? safeDecodeWords(filename) : null });
}

/** What parseStructured('') gives, for the many parts without a Content-Disposition (only read here). */
const NO_DISPOSITION: StructuredValue = Object.freeze({ value: '', params: NO_ENTRIES });

/** An inline text/plain or text/html part: body text, within what is left of the text budget. */
function readText(w: Walk, ct: StructuredValue, type: string, enc: number, start: number, end: number, altId: number): void {
  const budget = Math.max(0, w.maxTextChars - w.textChars);
  const decoder = decoderFor(ct.params.charset);
  let text = w.ascii && enc === 0 && asciiTransparent(decoder)
    ? w.s.slice(start, start + Math.min(end - start, budget * 4))
    : decoder.decode(content(w, enc, start, end, budget * 4));
  if (text.length > budget) text = text.slice(0, budget);
  if (type === 'text/plain' && isWord(ct.params.format, 'flowed')) text = unflow(text, isWord(ct.params.delsp, 'yes'));
  w.textChars += text.length;
  addText(w, altId || start + 1, type === 'text/plain', text);
}

function addText(w: Walk, key: number, plain: boolean, text: string): void {
  let e = w.byAlt.get(key);
  if (!e) {
    e = { plain: [], html: [] };
    w.byAlt.set(key, e);
    w.entries.push(e);
  }
  if (plain) {
    e.plain.push(text);
    w.hasPlain = true;
  } else {
    e.html.push(text);
    w.hasHtml = true;
  }
}

/** The body bytes after transfer decoding (`enc` as walk numbers it), at most maxBytes of them. */
function content(w: Walk, enc: number, start: number, end: number, maxBytes: number): Uint8Array {
  const raw = w.b.subarray(start, end);
  if (enc === 1) return decodeBase64(raw.subarray(0, Math.ceil(maxBytes * 1.4) + 1024), maxBytes);
  if (enc === 2) return decodeQuotedPrintable(raw.subarray(0, maxBytes * 3), maxBytes, w.s, start);
  // Body lines end in LF; postal-mime kept that last LF as part of the content, and so do we.
  return raw.length > maxBytes ? raw.subarray(0, maxBytes) : raw;
}

/**
 * The parts of the multipart body s[start, end), as [start, end) offsets, flat: between "--boundary"
 * lines, up to "--boundary--". The delimiter is searched for natively inside this body only, then
 * checked to fill its line.
 */
function splitParts(s: string, boundary: string, start: number, end: number, max: number): number[] {
  const sub = s.slice(start, end);
  const delim = isAscii(boundary) ? '--' + boundary : byteView.decode(encoder.encode('--' + boundary));
  const out: number[] = [];
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
    if (partStart >= 0) out.push(partStart, start + i);
    if (closing || out.length >= 2 * max) return out;
    partStart = start + nl + 1;
    i = nl;
  }
  if (partStart >= 0 && partStart < end) out.push(partStart, end);
  return out;
}

/**
 * `/^word$/i.test(v ?? '')` for a lowercase ASCII word: such a regex only matches ASCII case variants, and
 * no other character lowercases to one of these letters (f l o w e d y s), so comparing lowercased is the same.
 */
function isWord(v: string | undefined, word: 'flowed' | 'yes'): boolean {
  return v !== undefined && v.length === word.length && (v === word || v.toLowerCase() === word);
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
  const b = Object.getPrototypeOf(bytes) === Uint8Array.prototype ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const w: Walk = {
    b,
    s: view ? view.text : byteView.decode(b),
    ascii: view ? view.ascii : false,
    maxNestingDepth: limits.maxNestingDepth,
    maxHeadersSize: limits.maxHeadersSize,
    maxPartChars: limits.maxPartChars,
    maxTextChars: limits.maxTextChars,
    partsLeft: limits.maxParts ?? 1000,
    headersLeft: 2 * limits.maxHeadersSize,
    textChars: 0,
    parts: [],
    entries: [],
    byAlt: new Map<number, TextEntry>(),
    hasPlain: false,
    hasHtml: false,
  };
  const headers = walk(w);
  const entries = w.entries;
  let text = '';
  if (w.hasPlain) {
    const out: string[] = [];
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if (e.plain.length) for (let j = 0; j < e.plain.length; j++) out.push(e.plain[j]!);
      else for (let j = 0; j < e.html.length; j++) out.push(htmlToText(e.html[j]!));
    }
    text = out.join('\n');
  }
  if (!text && w.hasHtml) {
    // No plain text at all: the html parts, joined, as text.
    const all: string[] = [];
    for (let i = 0; i < entries.length; i++) for (let j = 0; j < entries[i]!.html.length; j++) all.push(entries[i]!.html[j]!);
    const html = all.join('\n');
    if (html) text = htmlToText(html);
  }
  return { headers, text, parts: w.parts };
}
