// Courier MTA: "This is a delivery status notification from HOST, running the Courier mail server",
// then "<rcpt>:" blocks with the remote host, ">>> COMMAND" and "<<< reply" lines, beside a DSN part.
import type { Dialect } from './dialect.js';
import { inHeaderLower, inTop } from './gate.js';
import { squash } from '../text/index.js';
import { normaliseCommand } from '../report/command.js';
import { blocks, fromBlock, head, merge, recordsOf, section } from './mta-text.js';

const RCPT_LINE = /^<([^<>\s]{1,320}@[^<>\s]{1,255})>:\s*$/;

export const courier: Dialect = {
  name: 'courier',
  gate: [inTop(12, 'running the courier mail server'), inHeaderLower('content-type', '=_courier_')],
  matches: (msg) => head(msg, 12).includes('running the courier mail server') || msg.headers.some((h) => h.key === 'content-type' && /boundary="?=_courier_/i.test(h.value)),
  read({ msg, dsn }) {
    const lines = section(msg.text, /cannot be delivered:|has not been delivered|not yet been delivered/i, /^-{10,}\s*$/);
    const found = blocks(lines, (l) => {
      const m = RCPT_LINE.exec(l.trim());
      return m ? [m[1]!, ''] : null;
    });
    const text = recordsOf(found, (b) => {
      // The server's words are the "<<<" lines; ">>>" names the command they answered.
      const sent = b.lines.map((l) => /^>>> ?(\S{1,20})/.exec(l.trim())).filter(Boolean).pop();
      const said = b.lines.filter((l) => l.trim().startsWith('<<<')).map((l) => l.trim().slice(3).trim());
      const rec = fromBlock(b, said.length ? { diagnostic: squash(said.join(' ')) } : {});
      if (sent) rec.command = normaliseCommand(sent[1]!) ?? rec.command;
      return rec;
    });
    return merge(dsn, text);
  },
};
