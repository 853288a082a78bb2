// Which of many lowercase literals occur in a text, in one pass over it (an Aho-Corasick automaton made
// into a table: one lookup per code unit; a sparse trie with failure links measured ~20% slower).
// classify() asks, per record, for the first phrase of up to ~40 reasons and for every receiver's
// signatures; one scan answers all of them where a regex or includes() per list would read the text
// dozens of times. Exactly text.includes(literal) for each literal: same UTF-16 code units, no case
// folding of its own (callers pass lowercased text). Time is linear in the text whatever it holds.
//
// The table costs milliseconds to build, which a one-file CLI run or an add-in opening one bounce would
// pay for a handful of records: until BUILD_AFTER texts have been scanned, the answers come from
// includes() itself, and the table is built when the volume makes it pay.

/**
 * One scanned text. Its answers live in the scanner's tables (no allocation per scan) until the next
 * scan; asking an older Scan again simply scans its text again.
 */
export interface Scan {
  readonly text: string;
  gen: number;
}

/** The automaton: built once, then one pass per text. */
class Automaton {
  /** Code unit -> class (0: a unit no literal contains). */
  private readonly classOf = new Uint16Array(65536);
  private readonly width: number;
  /** state * width + class -> next state (the full transition table, failure links folded in). */
  private readonly next: Uint16Array | Uint32Array;
  /** Literals ending in each state: (list, position) at outList/outPos[outStart[s] .. outStart[s + 1]). */
  private readonly outStart: Uint32Array;
  private readonly outList: Uint32Array;
  private readonly outPos: Int32Array;
  /** (list, position) of the empty literals, which every text contains. */
  private readonly empty: number[] = [];
  /** Per list: the scan (gen) that last found one of its literals, and the first position it found. */
  private readonly stamp: Int32Array;
  private readonly best: Int32Array;
  private gen = 0;

  constructor(readonly lists: readonly (readonly string[])[]) {
    let classes = 1;
    for (const list of lists) for (const lit of list) {
      for (let i = 0; i < lit.length; i++) {
        const c = lit.charCodeAt(i);
        if (this.classOf[c] === 0) this.classOf[c] = classes++;
      }
    }
    this.width = classes;
    let units = 0;
    for (const list of lists) for (const lit of list) units += lit.length;
    // The table doubles as the trie while literals are added (0: no child yet; the root is no one's child).
    const size = units + 1;
    const next = size <= 0x10000 ? new Uint16Array(size * classes) : new Uint32Array(size * classes);
    /** Trie children of each state, for the breadth-first pass: first child, next sibling, their class. */
    const firstChild = new Int32Array(size);
    const sibling = new Int32Array(size);
    const label = new Int32Array(size);
    /** Per state, the (list, position) pairs of the literals that end there, flattened. */
    const ends: number[][] = [[]];
    let states = 1;
    lists.forEach((list, l) => {
      list.forEach((lit, p) => {
        // The empty literal occurs in every text (as includes('') says), even an empty one.
        if (lit === '') {
          this.empty.push(l, p);
          return;
        }
        let s = 0;
        for (let i = 0; i < lit.length; i++) {
          const c = this.classOf[lit.charCodeAt(i)]!;
          let t = next[s * classes + c]!;
          if (t === 0) {
            t = states++;
            ends.push([]);
            next[s * classes + c] = t;
            label[t] = c;
            sibling[t] = firstChild[s]!;
            firstChild[s] = t;
          }
          s = t;
        }
        ends[s]!.push(l, p);
      });
    });
    const fail = new Uint32Array(states);
    const out: number[][] = new Array<number[]>(states);
    // Breadth first: a state's failure target is shallower, so its row and outputs are final already.
    out[0] = ends[0]!;
    const queue: number[] = [];
    for (let t = firstChild[0]!; t !== 0; t = sibling[t]!) queue.push(t);
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      const f = fail[s]!;
      next.copyWithin(s * classes, f * classes, f * classes + classes);
      for (let t = firstChild[s]!; t !== 0; t = sibling[t]!) {
        fail[t] = next[f * classes + label[t]!]!;
        next[s * classes + label[t]!] = t;
        queue.push(t);
      }
      out[s] = ends[s]!.length === 0 ? out[f]! : ends[s]!.concat(out[f]!);
    }
    this.next = next;
    this.stamp = new Int32Array(lists.length);
    this.best = new Int32Array(lists.length);
    this.outStart = new Uint32Array(states + 1);
    let total = 0;
    for (let s = 0; s < states; s++) {
      this.outStart[s] = total;
      total += out[s]!.length / 2;
    }
    this.outStart[states] = total;
    this.outList = new Uint32Array(total);
    this.outPos = new Int32Array(total);
    for (let s = 0; s < states; s++) {
      const o = out[s]!;
      for (let k = 0; k < o.length; k += 2) {
        this.outList[this.outStart[s]! + k / 2] = o[k]!;
        this.outPos[this.outStart[s]! + k / 2] = o[k + 1]!;
      }
    }
  }

  /**
   * The pass itself is here rather than in a method of its own that scan() would call: TurboFan compiled
   * that loop once alone, once more inside scan() when scan() got hot, and again inside classify().
   */
  scan(text: string): Scan {
    const { classOf, next, outStart, outList, outPos, width, stamp, best, empty } = this;
    if (this.gen === 0x7fffffff) {
      stamp.fill(0);
      this.gen = 0;
    }
    const gen = ++this.gen;
    const scan = { text, gen };
    for (let k = 0; k < empty.length; k += 2) {
      const l = empty[k]!;
      if (stamp[l] !== gen || empty[k + 1]! < best[l]!) best[l] = empty[k + 1]!;
      stamp[l] = gen;
    }
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = next[s * width + classOf[text.charCodeAt(i)]!]!;
      const end = outStart[s + 1]!;
      for (let j = outStart[s]!; j < end; j++) {
        const l = outList[j]!;
        if (stamp[l] !== gen || outPos[j]! < best[l]!) best[l] = outPos[j]!;
        stamp[l] = gen;
      }
    }
    return scan;
  }

  /** The position in list `list` of its first literal (in list order) that the scanned text contains, or -1. */
  first(scan: Scan, list: number): number {
    // An older scan: its text again (the tables hold the last scan's answers only).
    if (scan.gen !== this.gen) scan.gen = this.scan(scan.text).gen;
    return this.stamp[list] === scan.gen ? this.best[list]! : -1;
  }
}

/** Texts answered by includes() before the automaton is built. */
export const BUILD_AFTER = 100;

/** Answers "which literal of each list does this text contain first (in list order)". */
export class LiteralLists {
  private table: Automaton | null = null;
  private scans = 0;

  /** `buildAfter`: texts to answer with includes() before building the table (0: build at the first). */
  constructor(
    readonly lists: readonly (readonly string[])[],
    private readonly buildAfter = BUILD_AFTER,
  ) {}

  /** Whether the automaton answers now (tests check the switch-over). */
  get built(): boolean {
    return this.table !== null;
  }

  scan(text: string): Scan {
    if (this.table === null && this.scans++ >= this.buildAfter) this.table = new Automaton(this.lists);
    return this.table === null ? { text, gen: -1 } : this.table.scan(text);
  }

  /** The position in list `list` of its first literal (in list order) that the scanned text contains, or -1. */
  first(scan: Scan, list: number): number {
    // A scan made before the table existed (gen -1) is never one of the table's own.
    if (this.table === null || scan.gen === -1) {
      const lits = this.lists[list]!;
      for (let p = 0; p < lits.length; p++) if (scan.text.includes(lits[p]!)) return p;
      return -1;
    }
    return this.table.first(scan, list);
  }
}
