// Apache James ("Error: ...", "Error message below:", the reply, then "Message details:" with
// "RCPT TO: addr"). The reply has no SMTP command of its own, so the general rules decide.
import type { Dialect } from './dialect.js';
import { inBody } from './gate.js';
import { addressIn, record, bodyLines } from './appliance-text.js';
import { bodyHas } from './lower-text.js';
import { recordsOf } from './mta-text.js';

export const apachejames: Dialect = {
  name: 'apachejames',
  gate: [inBody('error message below:')],
  matches(msg) {
    if (!bodyHas(msg, 'error message below:') || !bodyHas(msg, 'message details:')) return false;
    const t = msg.text.slice(0, 3000);
    return /^Error message below:/im.test(t) && /^Message details:/im.test(t);
  },
  read({ msg }) {
    const text = bodyLines(msg, 300);
    const diag: string[] = [];
    const addrs: string[] = [];
    let where: 'top' | 'error' | 'details' = 'top';
    for (const line of text) {
      if (/^Error message below:/i.test(line)) { where = 'error'; continue; }
      if (/^Message details:/i.test(line)) { where = 'details'; continue; }
      if (where === 'error' && line.trim()) diag.push(line.trim());
      if (where === 'details') {
        const m = /^\s*RCPT TO:\s*(.+)$/i.exec(line);
        if (m) for (const part of m[1]!.split(/[,;]/)) { const a = addressIn(part); if (a) addrs.push(a); }
      }
    }
    return recordsOf(addrs, (a) => record(a, diag.join(' '), { command: null }));
  },
};
