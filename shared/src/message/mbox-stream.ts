// Streaming mbox split, for exports far larger than memory (a help desk's multi-gigabyte mailbox).
// Same rules as splitMbox (mbox.ts), fed chunk by chunk; each message is kept only up to maxKeep bytes
// (the diagnosis never reads past maxParseBytes), so memory stays bounded whatever the file size.
import { ENVELOPE } from './mbox.js';

const LF = 0x0a;
const CR = 0x0d;
const HEAD = 200; // bytes of a line the envelope test looks at, as in splitMbox

export class MboxSplitter {
  private started = false;
  private seen = 0;
  private msg: Uint8Array[] = [];
  private kept = 0;
  // The current line: its first bytes, length, last two bytes, and its bytes buffered within the cap.
  private readonly head = new Uint8Array(HEAD);
  private headLen = 0;
  private lineLen = 0;
  private last0 = -1;
  private last1 = -1;
  private line: Uint8Array[] = [];
  private lineKept = 0;
  private prevBlank = true;
  /** The previous chunk ended in CR: an LF first in the next chunk completes that line end. */
  private pendingCR = false;
  /** ...and that line was an envelope line, so the LF is dropped with it. */
  private dropLF = false;
  private readonly latin1 = new TextDecoder('latin1');

  constructor(private readonly maxKeep: number) {}

  /** Feeds the next bytes; returns the messages completed by them. */
  push(chunk: Uint8Array): Uint8Array[] {
    const out: Uint8Array[] = [];
    const n = chunk.length;
    if (!n) return out;
    this.seen += n;
    let i = 0;
    if (this.pendingCR) {
      this.pendingCR = false;
      if (chunk[0] === LF) {
        if (!this.dropLF) this.append(chunk.subarray(0, 1));
        i = 1;
      }
      this.dropLF = false;
    }
    while (i < n) {
      let j = i;
      while (j < n && chunk[j] !== LF && chunk[j] !== CR) j++;
      if (j > i) this.lineBytes(chunk.subarray(i, j));
      if (j >= n) break; // the line goes on in the next chunk
      let end = j + 1;
      let crAtEnd = false;
      if (chunk[j] === CR) {
        if (j + 1 < n) end = chunk[j + 1] === LF ? j + 2 : j + 1;
        else crAtEnd = true;
      }
      this.endLine(chunk.subarray(j, end), crAtEnd, out);
      i = end;
    }
    return out;
  }

  /** Ends the input; returns the last message(s). */
  end(): Uint8Array[] {
    const out: Uint8Array[] = [];
    if (this.lineLen > 0) this.endLine(new Uint8Array(0), false, out);
    if (this.started || this.seen > 0) out.push(this.take());
    this.pendingCR = false;
    return out;
  }

  private lineBytes(seg: Uint8Array): void {
    if (this.headLen < HEAD) {
      const k = Math.min(HEAD - this.headLen, seg.length);
      this.head.set(seg.subarray(0, k), this.headLen);
      this.headLen += k;
    }
    if (seg.length >= 2) {
      this.last0 = seg[seg.length - 2]!;
      this.last1 = seg[seg.length - 1]!;
    } else {
      this.last0 = this.last1;
      this.last1 = seg[0]!;
    }
    this.lineLen += seg.length;
    const room = this.maxKeep - this.kept - this.lineKept;
    if (room > 0) {
      const part = seg.slice(0, room);
      this.line.push(part);
      this.lineKept += part.length;
    }
  }

  private endLine(term: Uint8Array, crAtEnd: boolean, out: Uint8Array[]): void {
    const h = this.head;
    const envelope =
      this.prevBlank && this.lineLen >= 5 && h[0] === 0x46 && h[1] === 0x72 && h[2] === 0x6f && h[3] === 0x6d && h[4] === 0x20 &&
      ENVELOPE.test(this.latin1.decode(h.subarray(0, Math.min(this.lineLen, HEAD))));
    if (envelope) {
      const done = this.take();
      if (this.started) out.push(done);
      this.started = true;
    } else {
      for (const p of this.line) this.append(p);
      this.append(term);
    }
    if (crAtEnd) {
      this.pendingCR = true;
      this.dropLF = envelope;
    }
    this.prevBlank = this.lineLen === 0 || (this.lineLen > 4 && h[0] === 0x2d && h[1] === 0x2d && this.last0 === 0x2d && this.last1 === 0x2d);
    this.headLen = 0;
    this.lineLen = 0;
    this.last0 = -1;
    this.last1 = -1;
    this.line = [];
    this.lineKept = 0;
  }

  private append(b: Uint8Array): void {
    const room = this.maxKeep - this.kept;
    if (room <= 0 || !b.length) return;
    const part = b.slice(0, room); // a copy: the reader may reuse its chunk buffer
    this.msg.push(part);
    this.kept += part.length;
  }

  /** The current message's kept bytes as one array; starts a new one. */
  private take(): Uint8Array {
    const out = new Uint8Array(this.kept);
    let o = 0;
    for (const p of this.msg) {
      out.set(p, o);
      o += p.length;
    }
    this.msg = [];
    this.kept = 0;
    return out;
  }
}
