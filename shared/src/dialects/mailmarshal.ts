// Trustwave MailMarshal SMTP (subject "Undeliverable Mail: ..."): "Your message: ... Could not be delivered
// because of\n<reply>\nThe following recipients were affected:\n  addr", then "Additional Information".
import type { Dialect } from './dialect.js';
import { inHead } from './gate.js';
import type { RecipientRecord } from '../types.js';
import { addressIn, headText, record, bodyLines } from './appliance-text.js';
import { headHas } from './lower-text.js';
import { recordsOf } from './mta-text.js';

const BECAUSE = /^\s*Could not be delivered because of\s*$/i;
const AFFECTED = /^\s*The following recipients were affected:?\s*$/i;
const END = /^\s*(?:Additional Information|={5,})/i;

export const mailmarshal: Dialect = {
  name: 'mailmarshal',
  gate: [inHead('could not be delivered because of')],
  matches(msg) {
    if (!headHas(msg, 'could not be delivered because of') || !headHas(msg, 'the following recipients were affected')) return false;
    const t = headText(msg);
    return /^[ \t]*Could not be delivered because of[ \t]*$/im.test(t) && /^[ \t]*The following recipients were affected/im.test(t);
  },
  read({ msg }) {
    const reply: string[] = [];
    const addrs: string[] = [];
    let where: 'top' | 'reply' | 'rcpts' = 'top';
    let remote: string | null = null;
    for (const line of bodyLines(msg, 300)) {
      const r = /^\s*Remote-MTA:\s*<?([^\s<>]{1,255})>?/i.exec(line);
      if (r) remote = r[1]!;
      if (BECAUSE.test(line)) { where = 'reply'; continue; }
      if (AFFECTED.test(line)) { where = 'rcpts'; continue; }
      if (END.test(line)) { where = 'top'; continue; }
      if (where === 'reply' && line.trim()) reply.push(line.trim());
      if (where === 'rcpts') { const a = addressIn(line); if (a) addrs.push(a); }
    }
    return recordsOf(addrs, (a): RecipientRecord => record(a, reply.join(' '), { remoteMta: remote }));
  },
};
