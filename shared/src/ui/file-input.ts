// Turns what a user drops, chooses or pastes into input for diagnose(): .eml / .txt as bytes, .msg
// converted through msgreader. Shared by the preview page and the Outlook pane's drop zone.

/** Bigger files are not bounces; refusing early keeps the page responsive. */
export const MAX_DROP_BYTES = 25 * 1024 * 1024;

/** Compound File Binary signature: every .msg starts with it. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && sig.every((b, i) => bytes[i] === b);
}

export type ReadResult = { ok: true; input: Uint8Array | string; format: 'eml' | 'msg' | 'text' } | { ok: false; error: 'too-big' | 'unreadable-msg' | 'read-failed' };

export async function readBytes(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length > MAX_DROP_BYTES) return { ok: false, error: 'too-big' };
  if (isCompoundFile(bytes)) {
    // The .msg reader (msgreader and its code pages) is big: it loads only when a .msg arrives.
    const mime = await import('./msg.js').then((m) => m.msgToMime(bytes), () => null);
    return mime ? { ok: true, input: mime, format: 'msg' } : { ok: false, error: 'unreadable-msg' };
  }
  return { ok: true, input: bytes, format: 'eml' };
}

export async function readFile(file: Blob): Promise<ReadResult> {
  if (file.size > MAX_DROP_BYTES) return { ok: false, error: 'too-big' };
  try {
    return await readBytes(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return { ok: false, error: 'read-failed' };
  }
}

/**
 * Pasted text that does not open with a header field ("Name: value") is marked as header-less, so a
 * pasted "<user@example.jp>: host ... said: 550 ..." line is not mistaken for a header named "<user@...>".
 */
export function pastedInput(text: string): string {
  const body = text.replace(/^\uFEFF/, '');
  const first = /^[^\r\n]*/.exec(body)?.[0] ?? '';
  return /^[A-Za-z0-9][A-Za-z0-9-]*:/.test(first) || first.startsWith('From ') ? body : `\n${body}`;
}
