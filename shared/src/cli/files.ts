// Input discovery for the CLI: files, directories (recursively, every regular file, sorted so runs are
// repeatable), mbox files split into messages.
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { DEFAULT_LIMITS, isMbox, MboxSplitter, splitMbox } from '../message/index.js';

export interface InputItem {
  file: string;
  index: number;
  bytes?: Uint8Array;
  error?: string;
}

export function listFiles(
  path: string,
  out: string[] = [],
  errors: { file: string; error: string }[] = [],
  seen: Set<string> = new Set(),
  top = true,
): { files: string[]; errors: { file: string; error: string }[] } {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    errors.push({ file: path, error: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : String((e as Error).message) });
    return { files: out, errors };
  }
  if (st.isDirectory()) {
    // A symlink back up the tree would otherwise be followed until the path grows too long.
    const id = `${st.dev}:${st.ino}`;
    if (seen.has(id)) return { files: out, errors };
    seen.add(id);
    let names: string[] = [];
    try {
      names = readdirSync(path).sort();
    } catch (e) {
      errors.push({ file: path, error: `cannot list directory: ${(e as Error).message}` });
    }
    // Joined to the directory exactly as given (no normalisation), as the JSON contract says.
    const prefix = path.endsWith('/') || path.endsWith(sep) ? path : path + (path.includes('/') || sep === '/' ? '/' : sep);
    for (const n of names) listFiles(prefix + n, out, errors, seen, false);
  } else if (st.isFile()) {
    out.push(path);
  } else if (top) {
    // Named on the command line, so say why nothing comes of it; inside a directory it is skipped.
    errors.push({ file: path, error: 'not a regular file or directory' });
  }
  return { files: out, errors };
}

export interface ReadOptions {
  /** Files larger than this are read in chunks (mbox) or only in part (single messages). */
  streamAbove?: number;
  /** Bytes kept per message when streaming; the diagnosis reads no further than maxParseBytes. */
  keepBytes?: number;
  chunkBytes?: number;
}

const STREAM_ABOVE = 64 * 1024 * 1024;

/**
 * Reads one file and yields its messages (one, or many for an mbox). Big files are never read whole:
 * an mbox export of gigabytes is split as it streams by, keeping each message's first bytes only.
 */
export function* readMessages(file: string, opts: ReadOptions = {}): Generator<InputItem> {
  const streamAbove = opts.streamAbove ?? STREAM_ABOVE;
  const keep = opts.keepBytes ?? DEFAULT_LIMITS.maxParseBytes + 1;
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    yield { file, index: 0, error: `cannot read: ${(e as Error).message}` };
    return;
  }
  if (size <= streamAbove) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      yield { file, index: 0, error: `cannot read: ${(e as Error).message}` };
      return;
    }
    if (isMbox(bytes)) {
      let index = 0;
      for (const b of splitMbox(bytes)) yield { file, index: index++, bytes: b };
    } else yield { file, index: 0, bytes };
    return;
  }
  yield* streamFile(file, keep, opts.chunkBytes ?? 4 * 1024 * 1024);
}

function* streamFile(file: string, keep: number, chunkBytes: number): Generator<InputItem> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    yield { file, index: 0, error: `cannot read: ${(e as Error).message}` };
    return;
  }
  let index = 0;
  try {
    // The first read holds at least the envelope-line test's 200 bytes, whatever the chunk size.
    const buf = new Uint8Array(Math.max(chunkBytes, 256));
    let n = 0;
    for (let r = -1; r !== 0 && n < 256; n += r) r = readSync(fd, buf, n, buf.length - n, null);
    if (!isMbox(buf.subarray(0, n))) {
      // One big message: its first bytes are all the diagnosis reads.
      const first = new Uint8Array(keep);
      let got = 0;
      while (n > 0 && got < keep) {
        const k = Math.min(n, keep - got);
        first.set(buf.subarray(0, k), got);
        got += k;
        if (got < keep) n = readSync(fd, buf, 0, chunkBytes, null);
      }
      yield { file, index: 0, bytes: first.subarray(0, got) };
      return;
    }
    const splitter = new MboxSplitter(keep);
    while (n > 0) {
      for (const b of splitter.push(buf.subarray(0, n))) yield { file, index: index++, bytes: b };
      n = readSync(fd, buf, 0, chunkBytes, null);
    }
    for (const b of splitter.end()) yield { file, index: index++, bytes: b };
  } catch (e) {
    yield { file, index, error: `cannot read: ${(e as Error).message}` };
  } finally {
    closeSync(fd);
  }
}
