// Bigfoot (MAILER-DAEMON@bigfoot.com): a sendmail-style transcript (">>> RCPT TO:<addr>" then
// "<<< 553 ...") beside a delivery-status part that does not name the SMTP command.
import type { Dialect } from './dialect.js';
import { inFrom } from './gate.js';
import type { RecipientRecord } from '../types.js';
import { addressIn, fromMatches, record, bodyLines } from './appliance-text.js';
import { lowerFrom } from './lower-text.js';
import { recordsOf } from './mta-text.js';

export const bigfoot: Dialect = {
  name: 'bigfoot',
  gate: [inFrom('bigfoot.com')],
  matches(msg) {
    return lowerFrom(msg).includes('bigfoot.com') && fromMatches(msg, /@(?:[\w-]+\.)*bigfoot\.com\b/i) && /^[ \t]*>>> /m.test(msg.text);
  },
  read({ msg, dsn }) {
    const text = bodyLines(msg, 300);
    // Which command each recipient's reply answered, from the transcript.
    const commandFor = new Map<string, string>();
    let last: { command: string; address: string } | null = null;
    for (const line of text) {
      const sent = /^\s*>>>\s*(RCPT TO|MAIL FROM|DATA)\b:?\s*(.*)$/i.exec(line);
      if (sent) {
        const command = sent[1]!.slice(0, 4).toUpperCase();
        last = { command, address: addressIn(sent[2]!) };
        continue;
      }
      if (/^\s*<<<\s*[45]\d\d/.test(line) && last) {
        const a = last.address || addressIn(line);
        if (a) commandFor.set(a.toLowerCase(), last.command);
      }
    }
    if (dsn.length) return recordsOf(dsn, (r) => ({ ...r, command: r.command ?? commandFor.get(r.address.toLowerCase()) ?? null }));
    const out: RecipientRecord[] = [];
    for (const line of text) {
      const m = /^\s*<<<\s*([45]\d\d.*)$/.exec(line);
      if (!m) continue;
      const a = addressIn(m[1]!) || [...commandFor.keys()][0] || '';
      if (a && !out.some((r) => r.address === a)) out.push(record(a, m[1]!, { command: commandFor.get(a.toLowerCase()) ?? null }));
    }
    return out;
  },
};
