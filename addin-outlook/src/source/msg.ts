// Outlook's drag-out format (.msg, a CFB file) -> RFC 822 text the core can read. msgreader is imported
// lazily: most users never drop a .msg, and it would otherwise weigh on every pane load.

const CRLF = '\r\n';

interface MsgFields {
  headers?: string;
  body?: string;
  subject?: string;
  senderEmail?: string;
  senderName?: string;
  messageClass?: string;
  attachments?: MsgFields[];
  innerMsgContent?: true;
  innerMsgContentFields?: MsgFields;
  fileName?: string;
  attachMimeTag?: string;
}

function headerBlock(f: MsgFields): string {
  // Transport headers are what the server saw; without them (drafts, NDRs built by Exchange) make a minimal set.
  const h = (f.headers ?? '').replace(/\r?\n/g, CRLF).trim();
  if (h) return h;
  const lines: string[] = [];
  if (f.senderEmail) lines.push(`From: ${f.senderName ? `"${f.senderName.replace(/"/g, "'")}" ` : ''}<${f.senderEmail}>`);
  if (f.subject) lines.push(`Subject: ${f.subject.replace(/[\r\n]+/g, ' ')}`);
  if (f.messageClass) lines.push(`X-MS-Message-Class: ${f.messageClass}`);
  lines.push('MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8');
  return lines.join(CRLF);
}

function stripContentHeaders(h: string): string {
  // The body we append is plain text; keep the server's headers but not its multipart framing.
  return h
    .split(CRLF)
    .reduce<{ out: string[]; skip: boolean }>(
      (acc, line) => {
        if (/^\s/.test(line)) {
          if (!acc.skip) acc.out.push(line);
          return acc;
        }
        acc.skip = /^content-(type|transfer-encoding):/i.test(line);
        if (!acc.skip) acc.out.push(line);
        return acc;
      },
      { out: [], skip: false },
    )
    .out.concat(['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit'])
    .join(CRLF);
}

function toText(f: MsgFields, depth: number): string {
  let body = (f.body ?? '').replace(/\r?\n/g, CRLF);
  for (const a of f.attachments ?? []) {
    if (depth < 3 && a.innerMsgContent && a.innerMsgContentFields) {
      // An embedded message (the returned original, or a forwarded NDR): keep it readable inline.
      body += `${CRLF}${CRLF}----- Attached message -----${CRLF}${toText(a.innerMsgContentFields, depth + 1)}`;
    }
  }
  return `${stripContentHeaders(headerBlock(f))}${CRLF}${CRLF}${body}`;
}

/** Never throws: returns null with a reason when the bytes are not a readable .msg. */
export async function msgToRfc822(bytes: Uint8Array): Promise<{ text: string | null; reason: string }> {
  if (bytes.length < 8 || bytes[0] !== 0xd0 || bytes[1] !== 0xcf || bytes[2] !== 0x11 || bytes[3] !== 0xe0) {
    return { text: null, reason: 'not an Outlook .msg file (no compound-file signature)' };
  }
  try {
    const mod = await import('@kenjiuno/msgreader');
    type Reader = new (b: ArrayBuffer) => { getFileData(): MsgFields & { error?: string } };
    // CommonJS interop differs between bundlers and Node: the class may sit one "default" deeper.
    const m = mod as unknown as { default?: Reader | { default?: Reader } };
    const MsgReader = (typeof m.default === 'function' ? m.default : m.default?.default) as Reader | undefined;
    if (typeof MsgReader !== 'function') return { text: null, reason: 'the .msg reader did not load' };
    const copy = bytes.slice().buffer as ArrayBuffer;
    const data = new MsgReader(copy).getFileData();
    if (data.error) return { text: null, reason: `could not read the .msg file (${data.error})` };
    return { text: toText(data, 0), reason: '' };
  } catch (e) {
    return { text: null, reason: `could not read the .msg file (${e instanceof Error ? e.message : String(e)})` };
  }
}
