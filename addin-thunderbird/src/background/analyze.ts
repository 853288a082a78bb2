// Raw message -> Diagnosis through the shared core, with a small cache so the banner, the badge
// and the pane share one parse. getRaw returns a File in MV3 (a string in older builds).
import { diagnose, type Diagnosis } from '../core.js';
import type { Messenger } from '../types/messenger.js';

export async function rawBytes(api: Pick<Messenger, 'messages'>, id: number): Promise<Uint8Array> {
  const raw = await api.messages.getRaw(id);
  if (typeof raw === 'string') {
    // BinaryString: one char per byte.
    const out = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i) & 0xff;
    return out;
  }
  return new Uint8Array(await raw.arrayBuffer());
}

export interface Analysis {
  messageId: number;
  diagnosis: Diagnosis | null;
  /** Set when the message could not be read (deleted, offline IMAP body missing...). */
  error: string | null;
  /** Milliseconds spent in getRaw and in diagnose. */
  rawMs: number;
  diagnoseMs: number;
}

export class AnalysisCache {
  private readonly entries = new Map<number, Promise<Analysis>>();
  constructor(
    private readonly api: Pick<Messenger, 'messages'>,
    private readonly max = 32,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get(id: number): Promise<Analysis> {
    const hit = this.entries.get(id);
    if (hit) {
      // Refresh its place in the LRU order.
      this.entries.delete(id);
      this.entries.set(id, hit);
      return hit;
    }
    const p = this.compute(id);
    this.entries.set(id, p);
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return p;
  }

  private async compute(id: number): Promise<Analysis> {
    const t0 = this.now();
    let bytes: Uint8Array;
    try {
      bytes = await rawBytes(this.api, id);
    } catch (e) {
      this.entries.delete(id); // let a later display retry (the body may arrive from the server)
      return { messageId: id, diagnosis: null, error: String(e), rawMs: this.now() - t0, diagnoseMs: 0 };
    }
    const t1 = this.now();
    try {
      const diagnosis = await diagnose(bytes);
      return { messageId: id, diagnosis, error: null, rawMs: t1 - t0, diagnoseMs: this.now() - t1 };
    } catch (e) {
      return { messageId: id, diagnosis: null, error: String(e), rawMs: t1 - t0, diagnoseMs: this.now() - t1 };
    }
  }
}
