// GMX and 1&1 / IONOS (mailer-daemon@*.gmx.*, kundenserver.de): Exim-like, but the recipient sits at the
// start of its own line ("addr", "<addr>", "\"addr\":") and the reason follows on the next lines, after
// "SMTP error from remote server after RCPT command:" / "host: mx" or a "Reason:" heading.
import type { Dialect } from './dialect.js';
import { inFrom } from './gate.js';
import type { Message, RecipientRecord } from '../types.js';
import { addressIn, commandOf, record, bodyLines } from './appliance-text.js';
import { lowerFrom } from './lower-text.js';
import { recordsOf } from './mta-text.js';

const START = /(?:following address(?:\(es\))?\s*$|following address(?:\(es\))?\s+failed:?\s*$|^failed:\s*$)/i;
const RCPT = /^\s*["<]?([^\s"<>@]{1,128}@[^\s"<>:]{1,255})[">]?:?\s*$/;
const END = /^-{3}\s?The header of the original message|^-{3,}\s?(?:This is a copy|Original message)/i;
const HEADING = /^\s*(?:Reason:|For the following reason:)\s*$/i;

/** Reads the GMX / 1&1 failure list. Shared by the gmx and einsundeins dialects. */
export function readGmxStyle(msg: Message): RecipientRecord[] {
  const out: { address: string; diag: string[] }[] = [];
  let on = false;
  for (const line of bodyLines(msg, 400)) {
    if (END.test(line)) break;
    if (!on) { if (START.test(line)) on = true; continue; }
    const m = RCPT.exec(line);
    const a = m ? addressIn(m[1]!) : '';
    if (a) { out.push({ address: a, diag: [] }); continue; }
    if (!out.length || !line.trim() || HEADING.test(line)) continue;
    out[out.length - 1]!.diag.push(line.trim());
  }
  return recordsOf(out, ({ address, diag }) => {
    const text = diag.join(' ');
    const host = /\bhost:?\s+([a-z0-9.-]{3,255})/i.exec(text)?.[1] ?? null;
    return record(address, text, { remoteMta: host, command: commandOf(text) });
  });
}

export const gmx: Dialect = {
  name: 'gmx',
  gate: [inFrom('gmx.')],
  matches(msg) {
    return lowerFrom(msg).includes('gmx.') && /@(?:[\w-]+\.)*gmx\.(?:com|net|de|at|ch)\b/i.test(msg.from) && /^This message was created automatically by mail delivery software/im.test(msg.text.slice(0, 500));
  },
  read: ({ msg }) => readGmxStyle(msg),
};
