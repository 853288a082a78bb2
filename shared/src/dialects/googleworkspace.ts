// Gmail / Google Workspace's current bounce layout ("** Message not delivered **", "** Address not
// found **" ... then "The response was:"), when its delivery-status part is missing or empty: the
// failed address is then only in X-Failed-Recipients.
import type { RecipientRecord } from '../types.js';
import type { Dialect } from './dialect.js';
import { inFrom } from './gate.js';
import { headersAll } from '../message/index.js';
import { cleanAddress, squash } from '../text/index.js';
import { makeRecord, tidyServerText } from './provider-text.js';
import { fromMatches } from './appliance-text.js';
import { lowerFrom } from './lower-text.js';
import { noRecords, recordsOf } from './mta-text.js';

const BANNER = /^[ \t]*\*\* ?[^*\n]{3,80} ?\*\*[ \t]*$/m;
const RESPONSE = /^[ \t]*The response (?:was|from the remote server was):[ \t]*$/im;

export const googleworkspace: Dialect = {
  name: 'googleworkspace',
  gate: [inFrom('@google')],
  matches(msg) {
    return lowerFrom(msg).includes('@google') && fromMatches(msg, /@googlemail\.com|@google\.com/i) && BANNER.test(msg.text.slice(0, 2000));
  },
  read({ msg, dsn }) {
    if (dsn.length) return noRecords();
    const addrs = headersAll(msg, 'x-failed-recipients').flatMap((v) => v.split(',')).map((a) => cleanAddress(a)).filter(Boolean);
    if (!addrs.length) return noRecords();
    const r = RESPONSE.exec(msg.text);
    const para = msg.text.slice(0, 3000).split(/\n\s*\n/).map((p) => squash(p)).filter((p) => p && !BANNER.test(p));
    const response = r ? tidyServerText(msg.text.slice(r.index + r[0].length, r.index + r[0].length + 4000).replace(/^\s+/, '').split(/\n[ \t]*\n/)[0] ?? '') : '';
    const sendAs = /'Send mail as'/i.test(msg.text.slice(0, 3000));
    return recordsOf(addrs, (address): RecipientRecord => {
      const rec = makeRecord(address, response || para[0] || '');
      if (sendAs) {
        // The sender's own "Send mail as" SMTP settings failed: Google refused to send as that address.
        rec.diagnostic = squash(`${para[0] ?? ''} ${response}`);
        rec.reason = 'rejected';
        rec.detail = 'google-send-mail-as';
      }
      return rec;
    });
  },
};
