// parseFieldBlocks and firstFieldBlock against the regex-per-line reader they replaced, on tricky and
// random inputs (CR, Unicode blanks, Kelvin sign, long names, folds before any name, repeated recipients).
import { describe, expect, it } from 'vitest';
import { firstFieldBlock, MAX_VALUE_CHARS, parseFieldBlocks, typedValue } from './fields.js';

/** The old reader with one deliberate change: a repeated name's folded lines are dropped with it. */
const DROPPED = '\0dropped';

function oldParse(text: string, maxBlocks = 1000): Map<string, string>[] {
  const blocks: Map<string, string>[] = [];
  let cur = new Map<string, string>();
  let lastKey = '';
  for (let pos = 0; pos <= text.length; ) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const line = text.slice(pos, end);
    pos = end + 1;
    if (/^\s*$/.test(line)) {
      if (cur.size) {
        blocks.push(cur);
        if (blocks.length >= maxBlocks) return blocks;
      }
      cur = new Map();
      lastKey = '';
      continue;
    }
    if (/^[ \t]/.test(line) && lastKey) {
      if (lastKey === DROPPED) continue;
      const prev = cur.get(lastKey) ?? '';
      if (prev.length < MAX_VALUE_CHARS) cur.set(lastKey, `${prev} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || colon > 80) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    if (!/^[\x21-\x7e]+$/.test(key)) continue;
    const value = line.slice(colon + 1, colon + 1 + MAX_VALUE_CHARS).trim();
    if ((key === 'final-recipient' || key === 'original-recipient') && cur.has(key)) {
      blocks.push(cur);
      if (blocks.length >= maxBlocks) return blocks;
      cur = new Map();
    }
    const repeated = cur.has(key);
    if (!repeated) cur.set(key, value);
    lastKey = repeated ? DROPPED : key;
  }
  if (cur.size) blocks.push(cur);
  return blocks;
}

const PIECES = [
  'Final-Recipient', 'final-recipient', 'Original-Recipient', 'Subject', 'SUBJECT', 'To', 'From', 'Date', 'Message-ID',
  'Status', 'Action', 'X-Foo', '\u212Aey', '\u0130d', 'a b', ' Subject ', '\u00a0To', 'x'.repeat(79), 'y'.repeat(81),
  ':', ': ', ' ', '\t', '\r', '\n', '\n\n', '\r\n', '\u3000', '\ufeff', '\u2028', 'value', ' folded', '\tfolded',
  'rfc822; a@b.example', '日本語', '=?utf-8?B?5pel?=', ';', '::', 'é', '\u00a0',
];

function randomText(rnd: () => number): string {
  let s = '';
  const n = Math.floor(rnd() * 40);
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(rnd() * PIECES.length)];
  return s;
}

function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

const TRICKY = [
  '', '\n', 'a:b', ':b', ' a: b', 'a : b\n c\n\td', 'To: x\n\nSubject: y', 'Final-Recipient: a\nFinal-Recipient: b\n',
  'Original-Recipient: a\nStatus: 5\nOriginal-Recipient: b\nStatus: 4', `${'k'.repeat(80)}: v`, `${'k'.repeat(81)}: v`,
  '\u212Aelvin: v', 'Sub ject: v\n folded', 'Bad Key: v\n fold goes to the previous name', 'A: 1\nA: 2\n more',
  '\u00a0\n\u3000\nX: y\r\n fold\r\n', `D: ${'v'.repeat(MAX_VALUE_CHARS + 10)}\n more\n more`, ' lead: x\nY: z',
];

describe('parseFieldBlocks', () => {
  it('reads tricky inputs as the regex reader did', () => {
    for (const t of TRICKY) for (const max of [1, 2, 1000]) expect(parseFieldBlocks(t, max)).toEqual(oldParse(t, max));
  });
  it("keeps a repeated field's folded lines out of the first one's value", () => {
    const [block] = parseFieldBlocks('Diagnostic-Code: smtp; 550 5.1.1 unknown\n  user\nDiagnostic-Code: smtp; 452 4.2.2 full\n  mailbox\nStatus: 5.1.1\n');
    expect(block!.get('diagnostic-code')).toBe('smtp; 550 5.1.1 unknown user');
    expect(block!.get('status')).toBe('5.1.1');
  });

  it('reads random inputs as the regex reader did', () => {
    const rnd = lcg(7);
    for (let i = 0; i < 5000; i++) {
      const t = randomText(rnd);
      expect(parseFieldBlocks(t)).toEqual(oldParse(t));
      expect(parseFieldBlocks(t, 1)).toEqual(oldParse(t, 1));
    }
  });
});

describe('firstFieldBlock', () => {
  it('holds the named fields of the first block, as parseFieldBlocks(text, 1) has them', () => {
    const only = ['subject', 'to', 'from', 'date', 'message-id', 'key'];
    const rnd = lcg(11);
    const inputs = [...TRICKY];
    for (let i = 0; i < 5000; i++) inputs.push(randomText(rnd));
    for (const t of inputs) {
      const old = oldParse(t, 1)[0];
      const got = firstFieldBlock(t, only);
      if (!old) {
        expect(got).toBeNull();
        continue;
      }
      expect(got).not.toBeNull();
      expect(got).toEqual(new Map([...old].filter(([k]) => only.includes(k))));
    }
  });
});

describe('typedValue', () => {
  it('strips what the prefix expression stripped', () => {
    const old = (v: string | undefined) => (v ? v.replace(/^[a-z0-9-]{1,20}\s*;\s*/i, '').trim() : '');
    const pieces = ['rfc822', 'RFC822', 'smtp', 'x-unix', ';', ' ; ', ' ', '\t', '\u3000', 'a'.repeat(19), 'b', '-', 'é', '\u212a', 'a@b.example', ':', '9'];
    let x = 13;
    const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    const inputs: (string | undefined)[] = [undefined, '', ';', ' rfc822; a', `${'a'.repeat(20)};x`, `${'a'.repeat(21)};x`, 'a ;  b ; c'];
    for (let i = 0; i < 20000; i++) {
      let s = '';
      const k = Math.floor(rnd() * 8);
      for (let j = 0; j < k; j++) s += pieces[Math.floor(rnd() * pieces.length)];
      inputs.push(s);
    }
    for (const v of inputs) expect(typedValue(v)).toBe(old(v));
  });
});
