// The SMTP command a failure answered, as bounce texts name it ("(in reply to RCPT TO command)",
// ">>> DATA", "after MAIL FROM", "SMTP error from remote mail server after RCPT TO:<...>").
// Patterns are anchored on fixed words and bounded: linear time.

const PATTERNS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/in reply to (?:end of )?(rcpt to|mail from|data|helo|ehlo|starttls|auth|xforward|connect)\b/i, (m) => m[1]!],
  [/\bafter (rcpt to|mail from|end of data|data|helo|ehlo|starttls|initial connection|pipelined)\b/i, (m) => m[1]!],
  [/^>>> ?(rcpt|mail|data|helo|ehlo|starttls|quit|auth|\.)/im, (m) => m[1]!],
  [/\bin (rcpt to|mail from|data|helo|ehlo)\b/i, (m) => m[1]!],
  // DragonFly: "did not like our RCPT TO:", "did not like our final DATA:".
  [/did not like our (?:final )?(rcpt to|mail from|data|helo|ehlo)/i, (m) => m[1]!],
  // qmail: "does not like recipient", "sender was rejected", "failed after I sent the message".
  [/(does not like recipient|sender was rejected|failed after i sent the message|failed on data command|my name was rejected)/i,
    (m) => ({ 'does not like recipient': 'RCPT', 'sender was rejected': 'MAIL', 'my name was rejected': 'EHLO' } as Record<string, string>)[m[1]!.toLowerCase()] ?? 'DATA'],
  [/most progress was (rcpt to|mail from|data|helo|ehlo) response/i, (m) => m[1]!],
  // Postfix: the server answered the greeting or EHLO with a refusal.
  [/(refused to talk to me)/i, () => 'HELO'],
];

/**
 * Every pattern above in one expression: most diagnostics name no command, and one scan rules them out
 * instead of eight. Built from PATTERNS so the two cannot drift apart; only the one '^' needs the m flag,
 * and the others hold no anchor it could change.
 */
const ANY_PATTERN = new RegExp(PATTERNS.map(([re]) => re.source).join('|'), 'im');

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
  if (!ANY_PATTERN.test(t)) return null;
  for (const [re, pick] of PATTERNS) {
    const m = re.exec(t);
    if (m) {
      const c = normaliseCommand(pick(m));
      if (c) return c;
    }
  }
  return null;
}
