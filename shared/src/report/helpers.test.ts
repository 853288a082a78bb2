// Small report helpers: SMTP command, status preference, repeated reply-code prefixes.
import { describe, expect, it } from 'vitest';
import { findCommand, holdsLiteral, normaliseCommand } from './command.js';
import { preferStatus } from './prefer-status.js';
import { dropRepeatedCodes } from './continuation.js';
import { normaliseAction } from './rfc3464.js';

describe('findCommand', () => {
  it.each([
    ['host x said: 550 no (in reply to RCPT TO command)', 'RCPT'],
    ['550 no (in reply to end of DATA command)', 'DATA'],
    ['SMTP error from remote mail server after MAIL FROM:<a@example.net> SIZE=10:', 'MAIL'],
    ['SMTP error from remote mail server after initial connection:', 'CONN'],
    ['mx [192.0.2.1] did not like our final DATA: 554 no', 'DATA'],
    ['192.0.2.1 does not like recipient.', 'RCPT'],
    ['host mx[192.0.2.1] refused to talk to me: 421 busy', 'HELO'],
    ['>>> RCPT To:<b@example.org>\n<<< 550 no', 'RCPT'],
  ])('%s -> %s', (text, want) => {
    expect(findCommand(text)).toBe(want);
  });
  it('finds nothing in plain words', () => {
    expect(findCommand('mailbox is full')).toBeNull();
  });
});

describe('preferStatus', () => {
  it('lets the server code replace a catch-all field', () => {
    expect(preferStatus('5.0.0', '5.1.1')).toBe('5.1.1');
    expect(preferStatus('4.4.7', '4.4.5')).toBe('4.4.5');
  });
  it('keeps a specific field against a catch-all in the text', () => {
    expect(preferStatus('5.1.1', '5.0.0')).toBe('5.1.1');
    expect(preferStatus('5.2.2', '5.7.1')).toBe('5.2.2');
  });
  it('follows the reply code when the classes disagree', () => {
    expect(preferStatus('5.1.1', '4.2.2', '452')).toBe('4.2.2');
  });
  it('uses whichever exists', () => {
    expect(preferStatus(null, '5.1.1')).toBe('5.1.1');
    expect(preferStatus('5.1.1', null)).toBe('5.1.1');
  });
});

describe('dropRepeatedCodes', () => {
  it('joins a multi-line reply back into one sentence', () => {
    expect(dropRepeatedCodes('550-5.7.1 This message fails to pass 550-5.7.1 authentication checks.')).toBe('550-5.7.1 This message fails to pass authentication checks.');
  });
  it('leaves single-line text alone', () => {
    expect(dropRepeatedCodes('550 5.1.1 User unknown')).toBe('550 5.1.1 User unknown');
  });
});

describe('dropRepeatedCodes against the global-replace version', () => {
  function old(text: string): string {
    const m = /(?:^|\s)([245]\d\d)([ -])((?:[245]\.\d{1,3}\.\d{1,3})?)(?=\s)/.exec(text);
    if (!m) return text;
    const code = m[1]!;
    const status = m[3] ?? '';
    const first = m.index + m[0].length;
    const tail = text.slice(first);
    const rep = status ? new RegExp(`\\s${code}[ -]${status.replace(/\./g, '\\.')}(?=\\s)`, 'g') : new RegExp(`\\s${code}-(?=\\S)`, 'g');
    return text.slice(0, first) + tail.replace(rep, '');
  }
  it('drops the same repeats on tricky and random inputs', () => {
    const tricky = [
      '', '550', '550 ', '550-5.7.1 a 550-5.7.1 b 550 5.7.1 c 550-5.7.1', '550-5.7.1 a 550-5.7.1\u3000b', '550-a 550-b 550- c 550-',
      '550 x 5550-y 550-550-z', '550-5.7.1 a\n550-5.7.10 b', '550-5.7.1 a 550-5.7.1 550-5.7.1 b', '555-5.5.5 a 5555-5.5.5 b 555-5.5.5 c',
      '550-5.7.1  550-5.7.1 x', ' 550 a 550-b 550-', '421-4.7.0 x\t421-4.7.0 y',
    ];
    for (const t of tricky) expect(dropRepeatedCodes(t)).toBe(old(t));
    const pieces = ['550', '-', ' ', '5.7.1', '5.7.10', '\n', '\t', '\u3000', 'a', 'x y', '55', '0', '.', '421', '4.7.0', '-5.7.1'];
    let x = 3;
    const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 30000; i++) {
      let s = '';
      const k = Math.floor(rnd() * 16);
      for (let j = 0; j < k; j++) s += pieces[Math.floor(rnd() * pieces.length)];
      expect(dropRepeatedCodes(s)).toBe(old(s));
    }
  });
});

describe('findCommand pre-check', () => {
  it('finds what the eight patterns alone found, on phrases, near misses and random text', () => {
    const old = (text: string): string | null => {
      const pats: [RegExp, (m: RegExpExecArray) => string][] = [
        [/in reply to (?:end of )?(rcpt to|mail from|data|helo|ehlo|starttls|auth|xforward|connect)\b/i, (m) => m[1]!],
        [/\bafter (rcpt to|mail from|end of data|data|helo|ehlo|starttls|initial connection|pipelined)\b/i, (m) => m[1]!],
        [/^>>> ?(rcpt|mail|data|helo|ehlo|starttls|quit|auth|\.)/im, (m) => m[1]!],
        [/\bin (rcpt to|mail from|data|helo|ehlo)\b/i, (m) => m[1]!],
        [/did not like our (?:final )?(rcpt to|mail from|data|helo|ehlo)/i, (m) => m[1]!],
        [/(does not like recipient|sender was rejected|failed after i sent the message|failed on data command|my name was rejected)/i,
          (m) => ({ 'does not like recipient': 'RCPT', 'sender was rejected': 'MAIL', 'my name was rejected': 'EHLO' } as Record<string, string>)[m[1]!.toLowerCase()] ?? 'DATA'],
        [/most progress was (rcpt to|mail from|data|helo|ehlo) response/i, (m) => m[1]!],
        [/(refused to talk to me)/i, () => 'HELO'],
      ];
      const t = text.length > 8000 ? text.slice(0, 8000) : text;
      for (const [re, pick] of pats) {
        const m = re.exec(t);
        if (m) {
          const c = normaliseCommand(pick(m));
          if (c) return c;
        }
      }
      return null;
    };
    const pieces = [
      'in reply to ', 'end of ', 'RCPT TO', 'mail from', 'DATA', 'helo', 'EHLO', 'starttls', 'auth', 'xforward', 'connect', 'after ',
      'initial connection', 'pipelined', '>>> ', '>>>', '.', 'quit', 'in ', 'did not like our ', 'final ', 'does not like recipient',
      'sender was rejected', 'failed after I sent the message', 'failed on data command', 'my name was rejected',
      'most progress was ', ' response', 'refused to talk to me', ' ', '\n', 'x', 'data2', '_', 'mail', 'rcpt',
    ];
    let x = 17;
    const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 30000; i++) {
      let s = '';
      const k = Math.floor(rnd() * 7);
      for (let j = 0; j < k; j++) s += pieces[Math.floor(rnd() * pieces.length)];
      expect(findCommand(s)).toBe(old(s));
      // The literal pre-check of the first texts never rules out a text that names a command.
      if (old(s) !== null) expect(holdsLiteral(s)).toBe(true);
    }
    for (const s of ['IN REPLY TO rcpt to', 'After End Of Data', '>>> .', 'Did Not Like Our Final DATA:', 'MY NAME WAS REJECTED', 'mOsT pRoGrEsS wAs DATA response'])
      expect(holdsLiteral(s)).toBe(true);
    expect(holdsLiteral('550 5.1.1 user unknown')).toBe(false);
    expect(findCommand(`${'x'.repeat(7990)} in reply to RCPT TO`)).toBe(old(`${'x'.repeat(7990)} in reply to RCPT TO`));
  });
});

describe('normaliseAction against split(/[\\s(]/)', () => {
  it('takes the same first word', () => {
    const ACTIONS: Record<string, string> = {
      failed: 'failed', failure: 'failed', delayed: 'delayed', delivered: 'delivered', relayed: 'relayed',
      expanded: 'expanded', deliverable: 'delivered', expired: 'failed',
    };
    const old = (v: string | undefined | null) => {
      if (!v) return null;
      const k = v.trim().toLowerCase().split(/[\s(]/)[0] ?? '';
      return ACTIONS[k] ?? null;
    };
    const pieces = ['failed', 'FAILED', 'Delayed', 'relayed', 'expanded', 'x', '(', ')', ' ', '\t', '\u3000', '\u00a0', 'deliverable', 'expired', ';'];
    let x = 29;
    const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    const inputs: (string | null | undefined)[] = [null, undefined, '', ' ', '(', 'failed (permanent)', ' Failed\u3000x'];
    for (let i = 0; i < 20000; i++) {
      let s = '';
      const k = Math.floor(rnd() * 5);
      for (let j = 0; j < k; j++) s += pieces[Math.floor(rnd() * pieces.length)];
      inputs.push(s);
    }
    for (const v of inputs) expect(normaliseAction(v)).toBe(old(v));
  });

  it('knows no action by the names every object inherits', () => {
    for (const v of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf (x)']) expect(normaliseAction(v)).toBeNull();
  });
});
