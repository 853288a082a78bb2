// Yahoo! Mail (and AOL, which sends through Yahoo since 2017): "Sorry, we were unable to deliver your
// message to the following address." then "<address>:" and the remote host's answer, with the SMTP
// stage in brackets ("[RCPT_TO]").
import type { Reason, RecipientRecord } from '../types.js';
import type { Dialect } from './dialect.js';
import { inBody } from './gate.js';
import { cleanAddress } from '../text/index.js';
import { makeRecord, tidyServerText } from './provider-text.js';
import { bodyHas } from './lower-text.js';

const START = /Sorry, we were unable to deliver your message to the following address/i;
const END = /^\s*-{2,}\s*Below this line is a copy of the message/i;
const STAGE: Record<string, string> = { RCPT_TO: 'RCPT', MAIL_FROM: 'MAIL', DATA: 'DATA', CONNECT: 'CONN', EHLO: 'EHLO', HELO: 'HELO' };

/** Yahoo's own wording when it gives up without a remote answer. Lowercase substrings. */
const OWN_WORDS: readonly [string, Reason][] = [
  // No MX (and no usable A record): the domain does not accept mail at all.
  ['no mx record found for domain', 'notaccept'],
  ['unable to deliver message after multiple retries', 'expired'],
  ['invalid ip for sending mail of domain', 'blocked'],
];

export const yahoo: Dialect = {
  name: 'yahoo',
  gate: [inBody('sorry, we were unable to deliver your message to the following address')],
  matches(msg) {
    return bodyHas(msg, 'sorry, we were unable to deliver your message to the following address') && START.test(msg.text.slice(0, 3000));
  },
  read({ msg }) {
    const lines = msg.text.split('\n');
    const out: RecipientRecord[] = [];
    let i = lines.findIndex((l) => START.test(l));
    let cur: { address: string; body: string[] } | null = null;
    const flush = () => {
      if (!cur) return;
      let text = cur.body.join(' ').replace(/^\s*Remote host said:\s*/i, '');
      let command: string | null = null;
      const st = /\[([A-Z_]{3,10})\]\s*$/.exec(text.trim());
      if (st) {
        command = STAGE[st[1]!] ?? null;
        text = text.trim().slice(0, -st[0].length);
      }
      // "550: : User unknown" / "550: <a@b>: ..." are replies pasted with a colon after the code.
      text = tidyServerText(text.replace(/^([245]\d\d):\s/, '$1 '));
      // A reply that names the recipient in brackets right after the code answers RCPT TO.
      if (!command && text.toLowerCase().includes(`<${cur.address.toLowerCase()}>:`) && /^[245]\d\d <[^<>]{3,320}>:/.test(text)) command = 'RCPT';
      const rec = makeRecord(cur.address, text, { command });
      const lower = text.toLowerCase();
      const own = OWN_WORDS.find(([p]) => lower.includes(p));
      if (own) rec.reason = own[1];
      out.push(rec);
      cur = null;
    };
    for (i++; i > 0 && i < lines.length && i < 3000; i++) {
      const l = lines[i]!;
      if (END.test(l)) break;
      const m = /^\s*<([^<>\s]{3,320})>:\s*$/.exec(l);
      if (m) {
        flush();
        const a = cleanAddress(m[1]);
        if (a) cur = { address: a, body: [] };
        continue;
      }
      if (cur && l.trim()) cur.body.push(l.trim());
    }
    flush();
    return out;
  },
};
