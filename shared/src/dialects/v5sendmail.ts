// V5 sendmail (and other pre-DSN sendmails): no delivery-status part, only
// "----- Transcript of session follows -----" and "----- Unsent message follows -----".
import type { Dialect } from './dialect.js';
import { section } from './mta-text.js';
import { readTranscript } from './sendmail-transcript.js';

export const v5sendmail: Dialect = {
  name: 'v5sendmail',
  matches: (msg) => /^\s*-{3,} ?transcript of session follows/im.test(msg.text.slice(0, 4000)) && /^\s*-{3,} ?unsent message follows/im.test(msg.text.slice(0, 64 * 1024)),
  read({ msg, dsn }) {
    if (dsn.length) return [];
    return readTranscript(section(msg.text, /-{3,} ?transcript of session follows/i, /-{3,} ?unsent message follows/i));
  },
};
