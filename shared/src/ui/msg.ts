// Outlook .msg files -> an RFC 5322 message the core can diagnose. The conversion is pure (tested with
// plain objects); msgreader itself is loaded only when a .msg arrives, as its own chunk.
const CRLF = '\r\n';

/** The subset of msgreader's FieldsData this conversion reads. */
export interface MsgFields {
  headers?: string;
  subject?: string;
  body?: string;
  senderName?: string;
  senderEmail?: string;
  senderSmtpAddress?: string;
  clientSubmitTime?: string;
  messageDeliveryTime?: string;
  messageClass?: string;
  recipients?: MsgFields[];
  attachments?: MsgFields[];
  name?: string;
  email?: string;
  smtpAddress?: string;
  recipType?: string;
  fileName?: string;
  attachMimeTag?: string;
  innerMsgContent?: true;
  innerMsgContentFields?: MsgFields;
  rawProps?: { propertyTag: string | undefined; value?: string | Uint8Array }[];
}

/** Attachment bytes by index, as msgreader's getAttachment gives them (absent for embedded messages). */
export type AttachmentBytes = (index: number) => Uint8Array | null;

// Headers we replace with our own MIME structure; the rest of the transport headers are kept verbatim.
const DROP = new Set(['content-type', 'content-transfer-encoding', 'mime-version']);
const MAX_DEPTH = 4;

/** Transport headers minus the MIME structure ones (with their folded continuation lines). */
export function keepHeaders(raw: string): string[] {
  const out: string[] = [];
  let dropping = false;
  for (const line of raw.replace(/\r\n?/g, '\n').split('\n')) {
    if (line === '') break;
    if (/^[ \t]/.test(line)) {
      if (!dropping && out.length > 0) out.push(line);
      continue;
    }
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : '';
    dropping = name === '' || DROP.has(name);
    if (!dropping) out.push(line);
  }
  return out;
}

/** Header values we synthesise must stay on one line and inside ASCII (non-ASCII as RFC 2047 UTF-8 B). */
function headerValue(v: string): string {
  const one = v.replace(/[\r\n]+/g, ' ').trim();
  if (/^[\x20-\x7e]*$/.test(one)) return one;
  const bytes = new TextEncoder().encode(one);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return `=?UTF-8?B?${btoa(bin)}?=`;
}

function b64Lines(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return (btoa(bin).match(/.{1,76}/g) ?? []).join(CRLF);
}

function rawString(f: MsgFields, tagPrefix: string): string | null {
  const p = f.rawProps?.find((r) => r.propertyTag?.startsWith(tagPrefix) && typeof r.value === 'string');
  return p && typeof p.value === 'string' ? p.value : null;
}

function address(r: MsgFields): string {
  return r.smtpAddress || r.email || r.name || '';
}

/**
 * Exchange keeps a non-delivery report's per-recipient facts in the recipient table (supplementary
 * info 0x0C1B, NDR diag/status codes), not in the body: turn them into a text the core's readers know.
 */
function ndrText(f: MsgFields): string {
  if (!/^REPORT\./i.test(f.messageClass ?? '')) return '';
  const lines: string[] = [];
  for (const r of f.recipients ?? []) {
    const info = rawString(r, '0c1b');
    const addr = address(r);
    if (info || /NDR/i.test(f.messageClass ?? '')) lines.push(`${addr}${info ? `${CRLF}    ${info}` : ''}`);
  }
  return lines.length ? `Delivery has failed to these recipients or groups:${CRLF}${CRLF}${lines.join(CRLF)}${CRLF}` : '';
}

function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

function part(contentType: string, body: string, extra: string[] = []): string {
  return [`Content-Type: ${contentType}`, ...extra, '', body].join(CRLF);
}

/** One .msg (or an embedded one) as MIME text. */
export function msgFieldsToMime(f: MsgFields, attachmentBytes: AttachmentBytes = () => null, depth = 0): string {
  const head = f.headers ? keepHeaders(f.headers) : [];
  if (head.length === 0) {
    const from = f.senderSmtpAddress || f.senderEmail || '';
    if (from || f.senderName) head.push(`From: ${headerValue(f.senderName ? `${f.senderName} <${from}>` : from)}`);
    const to = (f.recipients ?? []).filter((r) => (r.recipType ?? 'to') === 'to').map(address).filter(Boolean);
    if (to.length) head.push(`To: ${headerValue(to.join(', '))}`);
    if (f.subject) head.push(`Subject: ${headerValue(f.subject)}`);
    const date = f.clientSubmitTime || f.messageDeliveryTime;
    if (date && !Number.isNaN(Date.parse(date))) head.push(`Date: ${new Date(date).toUTCString()}`);
  }
  const boundary = `bd-msg-${depth}-${Math.random().toString(36).slice(2, 10)}`;
  head.push('MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="${boundary}"`);

  const parts: string[] = [];
  const bodyText = [ndrText(f), f.body ?? ''].filter(Boolean).join(CRLF);
  parts.push(part('text/plain; charset=UTF-8', b64Lines(bodyText), ['Content-Transfer-Encoding: base64']));
  (f.attachments ?? []).forEach((a, i) => {
    if (a.innerMsgContent && a.innerMsgContentFields && depth < MAX_DEPTH) {
      parts.push(part('message/rfc822', msgFieldsToMime(a.innerMsgContentFields, () => null, depth + 1)));
      return;
    }
    const name = (a.fileName ?? a.name ?? '').toLowerCase();
    const mime = (a.attachMimeTag ?? '').toLowerCase();
    const isMessage = mime === 'message/rfc822' || name.endsWith('.eml');
    const isText = mime.startsWith('text/') || name.endsWith('.txt');
    if (!isMessage && !isText) return;
    const bytes = attachmentBytes(i);
    if (!bytes) return;
    const textBody = decodeText(bytes.subarray(0, 4 * 1024 * 1024));
    parts.push(isMessage
      ? part('message/rfc822', textBody)
      : part('text/plain; charset=UTF-8', b64Lines(textBody), ['Content-Transfer-Encoding: base64']));
  });
  return `${head.join(CRLF)}${CRLF}${CRLF}${parts.map((p) => `--${boundary}${CRLF}${p}${CRLF}`).join('')}--${boundary}--${CRLF}`;
}

type Reader = {
  parserConfig?: { includeRawProps?: boolean; ansiEncoding?: string };
  getFileData(): MsgFields & { error?: string; messageCodepage?: number; internetCodepage?: number };
  getAttachment(a: number | MsgFields): { content: Uint8Array };
};

/** Code pages whose 8-bit strings msgreader's default (Latin-1 style) reading already gets right. */
const LATIN = new Set([0, 1252, 20127, 28591]);

/**
 * Reads a .msg with msgreader (lazy-loaded) and returns MIME text, or null when it is not a readable
 * .msg. Older Outlook files keep 8-bit strings in the message's code page (cp932 on Japanese
 * Windows): when the file names another code page, it is read again with that one.
 */
export async function msgToMime(bytes: Uint8Array): Promise<string | null> {
  try {
    const mod = await import('@kenjiuno/msgreader');
    const MsgReader = (mod as unknown as { default: { default?: unknown } }).default;
    const Ctor = ((MsgReader as { default?: unknown }).default ?? MsgReader) as new (b: ArrayBuffer) => Reader;
    const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const read = (ansiEncoding?: string): { reader: Reader; fields: ReturnType<Reader['getFileData']> } => {
      const reader = new Ctor(buf);
      reader.parserConfig = ansiEncoding ? { includeRawProps: true, ansiEncoding } : { includeRawProps: true };
      return { reader, fields: reader.getFileData() };
    };
    let { reader, fields } = read();
    if (fields.error) return null;
    const cp = fields.messageCodepage ?? fields.internetCodepage;
    if (typeof cp === 'number' && Number.isInteger(cp) && !LATIN.has(cp)) {
      const again = read(String(cp));
      if (!again.fields.error) ({ reader, fields } = again);
    }
    const atts = fields.attachments ?? [];
    return msgFieldsToMime(fields, (i) => {
      try {
        const a = atts[i];
        return a ? reader.getAttachment(a).content : null;
      } catch {
        return null;
      }
    });
  } catch {
    return null;
  }
}
