// diagnosticType (one scan) against the expression it replaced, on tricky and random inputs.
import { describe, expect, it } from 'vitest';
import { diagnosticType } from './rfc3464.js';

const old = (raw: string): string | null => /^\s*([a-z0-9-]{1,20})\s*;/i.exec(raw)?.[1]!.toUpperCase() ?? null;

describe('diagnosticType', () => {
  it('finds what the expression found', () => {
    const pieces = ['smtp', 'SMTP', 'x-unix', 'X-Postfix', ';', ' ; ', ' ', '\t', '\u3000', '\u00a0', 'a'.repeat(19), 'b', '-', 'é', '\u212a', '550', ':', '9', '_'];
    const inputs = ['', ';', ' ;', 'smtp;', ' smtp ;x', `${'a'.repeat(20)};x`, `${'a'.repeat(21)};x`, ` ${'a'.repeat(20)} ;`, 'a b;'];
    let x = 5;
    const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 30000; i++) {
      let s = '';
      const k = Math.floor(rnd() * 7);
      for (let j = 0; j < k; j++) s += pieces[Math.floor(rnd() * pieces.length)];
      inputs.push(s);
    }
    for (const s of inputs) expect(diagnosticType(s)).toBe(old(s));
  });
});
