// Microsoft Exchange 2000/2003 plain-text NDR: "Your message ... did not reach the following
// recipient(s):" then "address on <date>" with indented explanation lines and an MSEXCH diagnostic.
import type { Reason, RecipientRecord } from '../types.js';
import type { Dialect } from './dialect.js';
import { inBody } from './gate.js';
import { cleanAddress } from '../text/index.js';
import { makeRecord } from './provider-text.js';
import { dsnFor } from './appliance-text.js';
import { bodyHas } from './lower-text.js';
import { noRecords } from './mta-text.js';

const START = /^\s*(?:did not reach the following recipient\(s\)|The following recipient\(s\) could not be reached)\s*:/i;
const ENTRY = /^\s*([^\s@]{1,128}@\S{1,255}) on \S/;
const END = /^\s*(?:-{3,}|Original message|Received: )/i;

/**
 * Exchange's own delivery error codes, printed in parentheses after the MSEXCH line. 000C05A6 is the
 * directory lookup failure "the recipient name is not recognized".
 */
const CODES: Record<string, Reason> = {
  '000C05A6': 'userunknown',
};

export const exchange2003: Dialect = {
  name: 'exchange2003',
  gate: [inBody('recipient(s)')],
  matches(msg) {
    if (!bodyHas(msg, 'recipient(s)')) return false;
    const t = msg.text.slice(0, 6000);
    return /MSEXCH:|did not reach the following recipient\(s\)|could not be reached:/i.test(t) && /recipient\(s\)/i.test(t);
  },
  read({ msg, dsn }) {
    const lines = msg.text.split('\n');
    const out: RecipientRecord[] = [];
    let i = lines.findIndex((l) => START.test(l));
    if (i === -1) return noRecords();
    let cur: { address: string; body: string[] } | null = null;
    const flush = () => {
      if (!cur) return;
      const body = cur.body.join(' ');
      const code = /\(([0-9A-F]{8})\)/.exec(body)?.[1];
      const rec = makeRecord(cur.address, body, { status: null, replyCode: null });
      const byCode = code ? CODES[code] : undefined;
      if (byCode) rec.reason = byCode;
      const d = dsnFor(dsn, cur.address);
      if (d?.status) rec.status = d.status;
      out.push(rec);
      cur = null;
    };
    let blanks = 0;
    for (i++; i < lines.length && i < 2000; i++) {
      const l = lines[i]!;
      if (END.test(l)) break;
      const m = ENTRY.exec(l);
      if (m) {
        flush();
        const a = cleanAddress(m[1]);
        if (a) cur = { address: a, body: [] };
        blanks = 0;
        continue;
      }
      if (!l.trim()) {
        if (++blanks >= 2 && cur) flush();
        continue;
      }
      blanks = 0;
      cur?.body.push(l.trim());
    }
    flush();
    return out;
  },
};
