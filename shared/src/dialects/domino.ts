// IBM/HCL Domino (subject "DELIVERY FAILURE: ..."): "Your message\n  Subject: ...\nwas not delivered to:\n
//   addr\nbecause:\n  reason". Domino also writes the reason in Japanese on Japanese servers.
import type { Dialect } from './dialect.js';
import { inBody, inSubject } from './gate.js';
import type { RecipientRecord } from '../types.js';
import { addressIn, dsnFor, reasonIn, record, type PhraseTable, bodyLines } from './appliance-text.js';
import { bodyHas, lowerSubject } from './lower-text.js';

/** Domino's own wording: a name missing from the Domino Directory is an unknown recipient. */
export const DOMINO_WORDS: PhraseTable = [
  ['not listed in domino directory', 'userunknown'],
  ['not listed in public name & address book', 'userunknown'],
  ['domino ディレクトリには見つかりません', 'userunknown'],
  ['ディレクトリには見つかりません', 'userunknown'],
  ['ディレクトリのリストにありません', 'userunknown'],
  ['not a known user', 'userunknown'],
];

const TO = /^\s*was not delivered to:\s*$/i;
const BECAUSE = /^\s*because:\s*$/i;
const END = /^(?:-{2,}|Content-Type:)/i;

export const domino: Dialect = {
  name: 'domino',
  gate: [inSubject('delivery failure:'), inBody('was not delivered to:')],
  matches(msg) {
    return (lowerSubject(msg).startsWith('delivery failure:') && /^DELIVERY FAILURE:/i.test(msg.subject)) || (bodyHas(msg, 'was not delivered to:') && /^[ \t]*was not delivered to:[ \t]*$/im.test(msg.text.slice(0, 3000)));
  },
  read({ msg, dsn }) {
    const text = bodyLines(msg, 400);
    const out: RecipientRecord[] = [];
    for (let i = 0; i < text.length; i++) {
      if (!TO.test(text[i]!)) continue;
      const addrs: string[] = [];
      let j = i + 1;
      for (; j < text.length && !BECAUSE.test(text[j]!) && !END.test(text[j]!); j++) {
        const a = addressIn(text[j]!);
        if (a) addrs.push(a);
      }
      const why: string[] = [];
      if (j < text.length && BECAUSE.test(text[j]!)) {
        for (j++; j < text.length && !text[j]!.trim(); j++);
        for (; j < text.length && text[j]!.trim() && !END.test(text[j]!); j++) why.push(text[j]!.trim());
      }
      const diag = why.join(' ');
      const own = reasonIn(DOMINO_WORDS, diag);
      for (const a of addrs) {
        const d = dsnFor(dsn, a);
        const rec = record(a, diag || d?.diagnostic || '', { status: d?.status ?? null });
        if (own) rec.reason = own;
        out.push(rec);
      }
      i = j;
    }
    return out;
  },
};
