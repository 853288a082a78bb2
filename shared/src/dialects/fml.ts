// fml mailing list manager (X-MLServer: fml): the list refuses a post and tells the poster why, e.g.
// "You are not a member of this mailing list <list@...>." or "Loop Alert: Duplicated Message-ID".
// The recipient that failed is the list address named in the text.
import type { Dialect } from './dialect.js';
import { inHeaderLower } from './gate.js';
import { addressIn, headerMatches, reasonIn, record, type PhraseTable, bodyLines } from './appliance-text.js';
import { noRecords } from './mta-text.js';

const OWN: PhraseTable = [
  ['not a member', 'rejected'],
  ['are not member', 'rejected'],
  ['only members can post', 'rejected'],
  ['duplicated message-id', 'systemerror'],
  ['loop alert', 'systemerror'],
  ['message size exceeds', 'mesgtoobig'],
  ['too big', 'mesgtoobig'],
];

export const fml: Dialect = {
  name: 'fml',
  gate: [inHeaderLower('x-mlserver', 'fml')],
  matches(msg) {
    return headerMatches(msg, 'x-mlserver', /\bfml\b/i) && !!reasonIn(OWN, `${msg.subject}\n${msg.text.slice(0, 600)}`);
  },
  read({ msg }) {
    const first = bodyLines(msg, 40).find((l) => /<[^\s<>@]{1,128}@[^\s<>]{1,255}>/.test(l) && l.trim()) ?? '';
    const address = addressIn(first);
    if (!address) return noRecords();
    const reason = reasonIn(OWN, `${msg.subject}\n${first}`);
    return [record(address, first.trim(), { command: null, ...(reason ? { reason } : {}) })];
  },
};
