import { describe, expect, it } from 'vitest';
import type { Message, Part } from '../types.js';
import { bodyLines, bodyText, lines } from './appliance-text.js';

function message(text: string, parts: Part[]): Message {
  return { headers: [], subject: '', from: '', to: [], date: null, messageId: null, text, parts, truncated: false, size: text.length };
}

describe('bodyLines', () => {
  it('gives the lines of the joined body and text/plain parts, as lines(bodyText(msg), max) did', () => {
    const texts = ['', '\n', 'a', 'a\nb', 'a\nb\n', '\n\nc', 'x'.repeat(4100) + '\ny', 'one\ntwo\nthree\nfour'];
    const kinds = ['text/plain', 'text/plain; charset=utf-8', 'text/html', 'message/delivery-status', 'message/rfc822'];
    let seed = 11;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let k = 0; k < 300; k++) {
      const parts: Part[] = [];
      for (let j = rnd(4); j > 0; j--) parts.push({ mimeType: kinds[rnd(kinds.length)]!, text: texts[rnd(texts.length)]! });
      const msg = message(texts[rnd(texts.length)]!, parts);
      for (const max of [1, 2, 3, 5, 40, 400]) expect(bodyLines(msg, max)).toEqual(lines(bodyText(msg), max));
    }
  });
});
