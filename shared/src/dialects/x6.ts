// X6, an anonymised hosted-mail MTA ("There was an error sending your mail", "We had trouble delivering
// your message. Full details follow:"): one sentence per error, either "SMTP Server <h> rejected recipient
// <addr> (Error following RCPT command). It responded as follows: [reply]" or "The following recipients
// returned permanent errors: addr. Reason: SMTP Server <h> refused to accept your message (DATA), with
// the following error message: [reply]". The original headers come as a text attachment: not read.
import type { Dialect } from './dialect.js';
import { inBody } from './gate.js';
import type { RecipientRecord } from '../types.js';
import { addressIn, lines, record } from './appliance-text.js';
import { bodyHas } from './lower-text.js';

const REJECTED = /SMTP Server <([^<>\s]{1,255})> rejected recipient <([^<>\s]{1,300})> \(Error following (\w{1,10})(?: \w{1,10})? command\)\.?.{0,80}?\[(.{1,1000})\]/i;
const REFUSED = /following recipients returned (?:permanent|temporary) errors:\s*(\S{1,300}?)\.?\s+Reason:\s*SMTP Server <([^<>\s]{1,255})> refused to accept your message \((\w{1,10})\).{0,80}?\[(.{1,1000})\]/i;

export const x6: Dialect = {
  name: 'x6',
  gate: [inBody('we had trouble delivering your message. full details follow:')],
  matches(msg) {
    return bodyHas(msg, 'we had trouble delivering your message. full details follow:') && /^We had trouble delivering your message\. Full details follow:/m.test(msg.text.slice(0, 1000));
  },
  read({ msg }) {
    const out: RecipientRecord[] = [];
    const temporary = /returned temporary errors/i.test(msg.text);
    for (const line of lines(msg.text, 200)) {
      const a = REJECTED.exec(line);
      const b = a ? null : REFUSED.exec(line);
      const address = a ? addressIn(`<${a[2]}>`) : b ? addressIn(b[1]!) : '';
      if (!address || out.some((r) => r.address === address)) continue;
      const host = (a ? a[1] : b![2])!;
      const command = (a ? a[3] : b![3])!.toUpperCase();
      out.push(record(address, (a ? a[4] : b![4])!, {
        remoteMta: host,
        command: command.startsWith('RCPT') ? 'RCPT' : command.startsWith('MAIL') ? 'MAIL' : command === 'DATA' ? 'DATA' : null,
        action: temporary ? 'delayed' : 'failed',
      }));
    }
    return out;
  },
};
