/// <reference types="office-js" />
// Office's callback APIs as promises with a timeout: a host that never calls back must not hang the pane
// or, worse, the send handler.

export class OfficeCallError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

type Callback<T> = (result: Office.AsyncResult<T>) => void;

export function call<T>(start: (cb: Callback<T>) => void, what: string, timeoutMs = 10_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      reject(new OfficeCallError(`${what} timed out after ${timeoutMs} ms`, 'timeout'));
    }, timeoutMs);
    try {
      start((result) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        if (result && String(result.status) === 'succeeded') resolve(result.value);
        else reject(new OfficeCallError(`${what} failed: ${result?.error?.message ?? 'no result'}`, String(result?.error?.code ?? 'failed')));
      });
    } catch (e) {
      if (done) return;
      done = true;
      clearTimeout(timer);
      reject(new OfficeCallError(`${what} threw: ${e instanceof Error ? e.message : String(e)}`, 'threw'));
    }
  });
}

/** Base64 (as Office returns file content) to bytes; tolerant of whitespace. */
export function base64ToBytes(b64: string): Uint8Array {
  const clean = b64.replace(/[^A-Za-z0-9+/=]/g, '');
  const bin = atob(clean);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
