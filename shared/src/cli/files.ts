// Input discovery for the CLI: files, directories (recursively, every regular file, sorted so runs are
// repeatable), mbox files split into messages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { isMbox, splitMbox } from '../message/index.js';

export interface InputItem {
  file: string;
  index: number;
  bytes?: Uint8Array;
  error?: string;
}

export function listFiles(path: string, out: string[] = [], errors: { file: string; error: string }[] = []): { files: string[]; errors: { file: string; error: string }[] } {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    errors.push({ file: path, error: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : String((e as Error).message) });
    return { files: out, errors };
  }
  if (st.isDirectory()) {
    let names: string[] = [];
    try {
      names = readdirSync(path).sort();
    } catch (e) {
      errors.push({ file: path, error: `cannot list directory: ${(e as Error).message}` });
    }
    // Joined to the directory exactly as given (no normalisation), as the JSON contract says.
    const prefix = path.endsWith('/') || path.endsWith(sep) ? path : path + (path.includes('/') || sep === '/' ? '/' : sep);
    for (const n of names) listFiles(prefix + n, out, errors);
  } else if (st.isFile()) {
    out.push(path);
  }
  return { files: out, errors };
}

/** Reads one file and yields its messages (one, or many for an mbox). */
export function readMessages(file: string): InputItem[] {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return [{ file, index: 0, error: `cannot read: ${(e as Error).message}` }];
  }
  if (isMbox(bytes)) {
    return splitMbox(bytes).map((b, index) => ({ file, index, bytes: b }));
  }
  return [{ file, index: 0, bytes }];
}
