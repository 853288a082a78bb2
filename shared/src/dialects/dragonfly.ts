// DragonFly Mail Agent (dma): "There was an error delivering your mail to <rcpt>." then the remote
// answer ("mx [ip] did not like our RCPT TO:\n550 ...") up to "Message headers follow.".
import type { Dialect } from './dialect.js';
import { inHeader, inTop } from './gate.js';
import { blocks, fromBlock, head, merge, recordsOf, section } from './mta-text.js';

const RCPT_LINE = /^there was an error delivering your mail to <?([^<>\s]{1,320}@[^<>\s]{1,255}?)>?\.?\s*$/i;

export const dragonfly: Dialect = {
  name: 'dragonfly',
  gate: [inTop(5, 'this is the dragonfly mail agent'), inHeader('received', 'DragonFly Mail Agent')],
  matches: (msg) => head(msg, 5).includes('this is the dragonfly mail agent') || msg.headers.some((h) => h.key === 'received' && h.value.includes('DragonFly Mail Agent') && /mailer-daemon/i.test(h.value)),
  read({ msg, dsn }) {
    const lines = section(msg.text, null, /^message headers follow/i);
    const found = blocks(lines, (l) => {
      const m = RCPT_LINE.exec(l.trim());
      return m ? [m[1]!, ''] : null;
    }, false);
    const text = recordsOf(found, (b) => {
      const rec = fromBlock(b);
      // dma's own wording: the recipient's domain has no address at all.
      if (/^dns lookup failure: host .{1,255} not found/i.test(rec.diagnostic)) rec.reason = 'hostunknown';
      if (/could not deliver for the last \d+ seconds/i.test(rec.diagnostic)) rec.reason = 'expired';
      return rec;
    });
    return merge(dsn, text);
  },
};
