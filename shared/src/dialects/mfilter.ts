// m-FILTER (Digital Arts), subject "failure notice": a Japanese notice ("このメールは「m-FILTER」が自動的に
// 生成して送信しています。"), the failed addresses, then "-------server message" with the reply and
// "-------SMTP command" with the command it answered.
import type { Dialect } from './dialect.js';
import { inBody } from './gate.js';
import type { RecipientRecord } from '../types.js';
import { addressIn, record, bodyLines } from './appliance-text.js';
import { bodyHas } from './lower-text.js';
import { recordsOf } from './mta-text.js';

const SERVER = /^-{3,}\s?server message\s*$/i;
const COMMAND = /^-{3,}\s?SMTP command\s*$/i;
const END = /^-{3,}\s?original (?:message|mail info)/i;

export const mfilter: Dialect = {
  name: 'mfilter',
  gate: [inBody('server message')],
  matches(msg) {
    // Newer versions sign as 「メールシステム」 instead of 「m-FILTER」: the two section rules identify it.
    if (!bodyHas(msg, 'server message') || !bodyHas(msg, 'smtp command')) return false;
    const t = msg.text.slice(0, 6000);
    return /^-{3,}\s?server message\s*$/im.test(t) && /^-{3,}\s?SMTP command\s*$/im.test(t);
  },
  read({ msg }) {
    const addrs: string[] = [];
    const server: string[] = [];
    let command: string | null = null;
    let where: 'top' | 'server' | 'command' = 'top';
    for (const line of bodyLines(msg, 400)) {
      if (END.test(line)) break;
      if (SERVER.test(line)) { where = 'server'; continue; }
      if (COMMAND.test(line)) { where = 'command'; continue; }
      if (!line.trim()) continue;
      if (where === 'top') {
        const a = addressIn(line);
        if (a && line.trim().replace(/^<|>$/g, '') === a) addrs.push(a);
      } else if (where === 'server') server.push(line.trim());
      else if (!command) {
        const w = /^(RCPT|MAIL|DATA|HELO|EHLO|STARTTLS|AUTH|CONN)/i.exec(line.trim());
        if (w) command = w[1]!.toUpperCase();
      }
    }
    return recordsOf(addrs, (a): RecipientRecord => record(a, server.join(' '), { command }));
  },
};
