// au one net / KDDI (no-reply@*.dion.ne.jp, Reply-To app.auone-net.jp): an optional Japanese notice, then
//   "Your mail sent on: <date>\n     Could not be delivered to: <addr>\n     As their mailbox is full."
import type { Dialect } from './dialect.js';
import { inFrom, inHeaderLower } from './gate.js';
import type { RecipientRecord } from '../types.js';
import { addressIn, dsnFor, fromMatches, headerMatches, record, bodyLines } from './appliance-text.js';
import { lowerFrom } from './lower-text.js';

const TARGET = /^\s*Could not be delivered to:\s*(.*)$/i;
const END = /^(?:\s*$|-{2,}|Content-Type:|Your mail sent on:)/i;

export const kddi: Dialect = {
  name: 'kddi',
  gate: [inFrom('dion.ne.jp', 'auone-net.jp'), inHeaderLower('reply-to', 'auone-net.jp')],
  matches(msg) {
    const from = lowerFrom(msg);
    return ((from.includes('dion.ne.jp') || from.includes('auone-net.jp')) && fromMatches(msg, /@(?:[\w-]+\.)*(?:dion\.ne\.jp|auone-net\.jp)\b/i)) || headerMatches(msg, 'reply-to', /auone-net\.jp/i);
  },
  read({ msg, dsn }) {
    const text = bodyLines(msg, 400);
    const out: RecipientRecord[] = [];
    // The Japanese notice above the English lines says the same thing in other words.
    const notice = text.slice(0, 4).join(' ');
    for (let i = 0; i < text.length; i++) {
      const m = TARGET.exec(text[i]!);
      if (!m) continue;
      const address = addressIn(m[1]!);
      if (!address) continue;
      const diag: string[] = [];
      for (let j = i + 1; j < text.length && j < i + 6 && !END.test(text[j]!); j++) diag.push(text[j]!.trim());
      const d = dsnFor(dsn, address);
      out.push(record(address, diag.join(' ') || notice, d?.status ? { status: d.status } : {}));
    }
    return out;
  },
};
