// X3, an anonymised MTA ("Mail Delivery System", "Delivery status notification"): a framed notice
// "Delivery to the following recipients failed permanently:" (or "... was aborted after N hour(s):")
// with "* addr" lines, then "Technical details:" and the SMTP exchange ("SMTP:RCPT host ...: 553 ...").
import type { Dialect } from './dialect.js';
import { inSubject } from './gate.js';
import { lowerSubject } from './lower-text.js';
import type { RecipientRecord } from '../types.js';
import { addressIn, dsnFor, headText, record, bodyLines } from './appliance-text.js';
import { recordsOf } from './mta-text.js';

const NOTICE = /^[ \t]*(?:Delivery|Delevery) to the following recipients? (?:failed permanently|was aborted after|has been delayed)/i;
const ITEM = /^\s*\*\s+(\S+@\S+)\s*$/;
const DETAILS = /^\s*Technical details:\s*$/i;
const RULE = /^\s*={5,}\s*$/;

export const x3: Dialect = {
  name: 'x3',
  gate: [inSubject('delivery status notification')],
  matches(msg) {
    return lowerSubject(msg).startsWith('delivery status notification') && /^Delivery status notification/i.test(msg.subject) && /^[ \t]*(?:Delivery|Delevery) to the following recipients? /im.test(headText(msg));
  },
  read({ msg, dsn }) {
    const text = bodyLines(msg, 400);
    const addrs: string[] = [];
    const details: string[] = [];
    let notice = '';
    let where: 'none' | 'list' | 'details' = 'none';
    for (const line of text) {
      if (NOTICE.test(line)) { notice = line.trim(); where = 'list'; continue; }
      if (DETAILS.test(line)) { where = 'details'; continue; }
      if (/^-{5,}/.test(line)) break;
      if (RULE.test(line)) { if (where === 'details') break; continue; }
      if (where === 'list') {
        const m = ITEM.exec(line);
        const a = m ? addressIn(m[1]!) : '';
        if (a) addrs.push(a);
      } else if (where === 'details' && line.trim()) details.push(line.trim());
    }
    const diag = details.join(' ');
    const aborted = /aborted after|has been delayed/i.test(notice);
    return recordsOf(addrs, (a): RecipientRecord => {
      const d = dsnFor(dsn, a);
      if (d && (d.status || d.diagnostic)) return { ...d, diagnostic: d.diagnostic || diag, command: d.command ?? record(a, diag).command };
      // A delivery given up after retrying expired; its last error is kept as the diagnostic.
      return record(a, diag, aborted ? { reason: 'expired' } : {});
    });
  },
};
