// Multi-line SMTP replies repeat the reply code (and often the enhanced code) on every line:
//   "550-5.7.1 This message does not have authentication information or fails to pass\n
//    550-5.7.1 authentication checks."
// Joined into one diagnostic, the repeats cut phrases in two. Later repeats of the first line's prefix are
// dropped; the first stays as evidence.

const PREFIX = /(?:^|\s)([245]\d\d)([ -])((?:[245]\.\d{1,3}\.\d{1,3})?)(?=\s)/;

export function dropRepeatedCodes(text: string): string {
  const m = PREFIX.exec(text);
  if (!m) return text;
  const code = m[1]!;
  const status = m[3] ?? '';
  const first = m.index + m[0].length;
  const tail = text.slice(first);
  // "550-5.7.1 " / "550 5.7.1 " / "550-" repeats inside the rest of the text.
  const rep = status ? new RegExp(`\\s${code}[ -]${status.replace(/\./g, '\\.')}(?=\\s)`, 'g') : new RegExp(`\\s${code}-(?=\\S)`, 'g');
  return text.slice(0, first) + tail.replace(rep, '');
}
