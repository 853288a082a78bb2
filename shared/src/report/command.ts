// The SMTP command a failure answered, as bounce texts name it ("(in reply to RCPT TO command)",
// ">>> DATA", "after MAIL FROM", "SMTP error from remote mail server after RCPT TO:<...>").
// Patterns are anchored on fixed words and bounded: linear time.

/** A pattern, what its match names, and the lowercase literals of which every match holds one. */
type Pattern = readonly [RegExp, (m: RegExpExecArray) => string, readonly string[]];

const COMMANDS = ['rcpt to', 'mail from', 'data', 'helo', 'ehlo'];
const PATTERNS: readonly Pattern[] = [
  [/in reply to (?:end of )?(rcpt to|mail from|data|helo|ehlo|starttls|auth|xforward|connect)\b/i, (m) => m[1]!, ['in reply to ']],
  [/\bafter (rcpt to|mail from|end of data|data|helo|ehlo|starttls|initial connection|pipelined)\b/i, (m) => m[1]!,
    ['after rcpt to', 'after mail from', 'after end of data', 'after data', 'after helo', 'after ehlo', 'after starttls', 'after initial connection', 'after pipelined']],
  [/^>>> ?(rcpt|mail|data|helo|ehlo|starttls|quit|auth|\.)/im, (m) => m[1]!, ['>>>']],
  [/\bin (rcpt to|mail from|data|helo|ehlo)\b/i, (m) => m[1]!, COMMANDS.map((c) => `in ${c}`)],
  // DragonFly: "did not like our RCPT TO:", "did not like our final DATA:".
  [/did not like our (?:final )?(rcpt to|mail from|data|helo|ehlo)/i, (m) => m[1]!, ['did not like our ']],
  // qmail: "does not like recipient", "sender was rejected", "failed after I sent the message".
  [/(does not like recipient|sender was rejected|failed after i sent the message|failed on data command|my name was rejected)/i,
    (m) => ({ 'does not like recipient': 'RCPT', 'sender was rejected': 'MAIL', 'my name was rejected': 'EHLO' } as Record<string, string>)[m[1]!.toLowerCase()] ?? 'DATA',
    ['does not like recipient', 'sender was rejected', 'failed after i sent the message', 'failed on data command', 'my name was rejected']],
  [/most progress was (rcpt to|mail from|data|helo|ehlo) response/i, (m) => m[1]!, ['most progress was ']],
  // Postfix: the server answered the greeting or EHLO with a refusal.
  [/(refused to talk to me)/i, () => 'HELO', ['refused to talk to me']],
];

/**
 * Most diagnostics name no command, and a pre-check rules them out without trying eight patterns.
 * - The first PRECHECK_AFTER texts: plain substring tests on the lowercased text. Neither the patterns
 *   nor the combined expression below need compiling for them, and V8 compiling those (case-insensitive
 *   ones are the slowest) would cost a one-file run more than reading the bounce. Sound because an /i
 *   match without the u flag only pairs ASCII letters with ASCII letters, so the matched text
 *   lowercases to one of the pattern's literals.
 * - From then on: every pattern in one expression, one scan without lowercasing a copy. Built from
 *   PATTERNS so the two cannot drift apart; only the one '^' needs the m flag, and the others hold no
 *   anchor it could change.
 */
const LITERALS: readonly string[] = PATTERNS.flatMap(([, , l]) => l);
const ANY_PATTERN = new RegExp(PATTERNS.map(([re]) => re.source).join('|'), 'im');
export const PRECHECK_AFTER = 50;
let calls = 0;

/** Whether `text` holds a literal of some pattern (exported for the soundness test). */
export function holdsLiteral(text: string): boolean {
  const lower = text.toLowerCase();
  for (let i = 0; i < LITERALS.length; i++) if (lower.includes(LITERALS[i]!)) return true;
  return false;
}

/** Normalises a command word: "RCPT TO" -> RCPT, "end of data" / "." -> DATA, "initial connection" -> CONN. */
export function normaliseCommand(word: string): string | null {
  const w = word.trim().toUpperCase();
  if (w.startsWith('RCPT')) return 'RCPT';
  if (w.startsWith('MAIL')) return 'MAIL';
  if (w === '.' || w.endsWith('DATA')) return 'DATA';
  if (w === 'HELO' || w === 'EHLO' || w === 'STARTTLS' || w === 'AUTH' || w === 'QUIT') return w;
  if (w.includes('CONNECT') || w === 'CONN') return 'CONN';
  if (w === 'PIPELINED') return null;
  return null;
}

export function findCommand(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = text.length > 8000 ? text.slice(0, 8000) : text;
  if (calls < PRECHECK_AFTER) {
    calls++;
    if (!holdsLiteral(t)) return null;
  } else if (!ANY_PATTERN.test(t)) return null;
  for (const [re, pick] of PATTERNS) {
    const m = re.exec(t);
    if (m) {
      const c = normaliseCommand(pick(m));
      if (c) return c;
    }
  }
  return null;
}
