// LiteralLists must answer exactly what includes() in list order answers, for any lists and any text.
import { describe, expect, it } from 'vitest';
import { LiteralLists } from './literals.js';

/** The definition: the position of the first literal of the list that the text includes, or -1. */
const reference = (list: readonly string[], text: string): number => list.findIndex((l) => text.includes(l));

/** Both ways of answering: the automaton from the first text on, and includes() before it is built. */
function check(lists: readonly (readonly string[])[], texts: readonly string[]): void {
  for (const buildAfter of [0, Infinity]) {
    const ll = new LiteralLists(lists, buildAfter);
    for (const text of texts) {
      const scan = ll.scan(text);
      lists.forEach((list, l) => expect([text, l, ll.first(scan, l)]).toEqual([text, l, reference(list, text)]));
    }
    expect(ll.built).toBe(buildAfter === 0);
  }
}

// A small alphabet makes overlaps, shared prefixes and suffix-of-another-literal cases frequent.
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}
const ALPHABET = ['a', 'b', 'a', 'b', 'c', ' ', '.', '\r', '\n', 'é', '宛', '先', '\ud83d', '\ude00', 'İ'];
const word = (rnd: () => number, max: number): string => {
  let w = '';
  for (let n = Math.floor(rnd() * max); n > 0; n--) w += ALPHABET[Math.floor(rnd() * ALPHABET.length)];
  return w;
};

describe('LiteralLists', () => {
  it('finds overlapping literals, literals inside others and the first one in list order', () => {
    check(
      [['user unknown', 'unknown'], ['unknown', 'user unknown'], ['known u', 'nown', 'x'], ['aab', 'ab', 'b'], ['abab', 'bab']],
      ['', 'user unknown', 'USER UNKNOWN', 'user unknow', 'xuser unknownx', 'aaab', 'ababab', 'abab', 'bab', 'x', 'unknown user'],
    );
  });

  it('counts the empty literal as found in every text, the empty one included', () => {
    check([[''], ['zz', ''], ['a', ''], []], ['', 'a', 'zz', 'b']);
  });

  it('reads UTF-16 code units as includes() does (non-ASCII, lone surrogates, CR/LF)', () => {
    check(
      [['宛先不明', '存在しない'], ['\ud83d'], ['\ude00'], ['😀'], ['\r\n', '\n'], ['é', 'e']],
      ['宛先不明です', '宛先', 'この宛先は存在しない', '😀', '\ud83d', 'x\ude00', 'a\r\nb', 'a\nb', 'e\u0301', 'é'],
    );
  });

  it('agrees with includes() on random lists and texts', () => {
    const rnd = random(7);
    for (let round = 0; round < 60; round++) {
      const lists = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => Array.from({ length: Math.floor(rnd() * 6) }, () => word(rnd, 5)));
      check(lists, Array.from({ length: 20 }, () => word(rnd, 40)));
    }
  });

  it('builds the automaton after its quota of texts and still answers scans made before it', () => {
    const lists = [['unknown', 'user'], ['full'], ['']];
    const ll = new LiteralLists(lists, 2);
    const early = [ll.scan('user unknown'), ll.scan('mailbox full')];
    expect(ll.built).toBe(false);
    const late = ll.scan('quota full for user');
    expect(ll.built).toBe(true);
    for (const [scan, text] of [[early[0]!, 'user unknown'], [early[1]!, 'mailbox full'], [late, 'quota full for user']] as const) {
      lists.forEach((list, l) => expect(ll.first(scan, l)).toBe(reference(list, text)));
    }
  });

  it('answers an older scan again after a newer one', () => {
    const ll = new LiteralLists([['a'], ['b']], 0);
    const a = ll.scan('a');
    const b = ll.scan('b');
    expect([ll.first(a, 0), ll.first(a, 1), ll.first(b, 0), ll.first(b, 1), ll.first(a, 0)]).toEqual([0, -1, -1, 0, 0]);
  });

  it('stays linear on a huge text that keeps almost matching', () => {
    const ll = new LiteralLists([['a'.repeat(50) + 'b', 'ab'.repeat(30) + 'c']], 0);
    const text = 'a'.repeat(500_000) + 'c' + 'ab'.repeat(250_000);
    const t0 = performance.now();
    expect(ll.first(ll.scan(text), 0)).toBe(-1);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
