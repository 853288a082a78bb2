// Mimecast ("[Postmaster] Email Delivery Failure"): each item sits on its own "-- " line, under "...the
// following address could not be delivered:" (or "email address :"), "The problem appears to be :" (Mimecast's
// own guess) and "Additional information follows :" (the remote server's words).
import type { Dialect } from './dialect.js';
import { inHead } from './gate.js';
import type { RecipientRecord } from '../types.js';
import { addressIn, dsnFor, headText, record, bodyLines } from './appliance-text.js';
import { decide } from '../reasons/classify.js';
import { headHas } from './lower-text.js';
import { noRecords } from './mta-text.js';

const ITEM = /^--\s+(.{1,1000})$/;

export const mimecast: Dialect = {
  name: 'mimecast',
  gate: [inHead('the problem appears to be :')],
  matches(msg) {
    if (!headHas(msg, 'the problem appears to be :') || !headHas(msg, 'additional information follows :')) return false;
    const t = headText(msg);
    return /The problem appears to be :/i.test(t) && /^Additional information follows :/im.test(t);
  },
  read({ msg, dsn }) {
    let where: 'address' | 'problem' | 'detail' | 'none' = 'none';
    let address = '';
    let problem = '';
    const detail: string[] = [];
    for (const line of bodyLines(msg, 300)) {
      if (/could not be d(?:elivered)?|email address :\s*$/i.test(line) && !address) where = 'address';
      if (/The problem appears to be :/i.test(line)) { where = 'problem'; continue; }
      if (/^Additional information follows :/i.test(line)) { where = 'detail'; continue; }
      if (/^This condition occurred after/i.test(line)) break;
      const m = ITEM.exec(line.trim());
      if (m) {
        if (where === 'address' && !address) address = addressIn(m[1]!);
        else if (where === 'problem') problem = m[1]!.trim();
        else if (where === 'detail') detail.push(m[1]!.trim());
      } else if (where === 'detail' && line.trim() && detail.length) detail[detail.length - 1] += line.trim();
    }
    if (!address) return noRecords();
    const d = dsnFor(dsn, address);
    const rec: RecipientRecord = d ? { ...d, diagnostic: d.diagnostic || detail.join(' ') } : record(address, detail.join(' '));
    // Mimecast's own guess only speaks when the remote server's words decide nothing, or only say that
    // a recipient was refused without naming the SMTP stage (which the general rules read as a filter).
    const verdict = decide(rec).reason;
    if ((verdict === 'onhold' || verdict === 'undefined' || verdict === 'filtered') && /recipient email address is possibly incorrect/i.test(problem)) rec.reason = 'userunknown';
    return [rec];
  },
};
