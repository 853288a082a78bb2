// V5 sendmail (and other pre-DSN sendmails): no delivery-status part, only
// "----- Transcript of session follows -----" and "----- Unsent message follows -----".
import type { Dialect } from './dialect.js';
import { inBody } from './gate.js';
import { noRecords, recordsOf, section } from './mta-text.js';
import { readTranscript } from './sendmail-transcript.js';
import { findAddresses, findReplyCode, findStatus, squash } from '../text/index.js';
import { bodyHas, lowerBody, SHORT } from './lower-text.js';

export const v5sendmail: Dialect = {
  name: 'v5sendmail',
  gate: [inBody('transcript of session follows')],
  matches: (msg) => bodyHas(msg, 'transcript of session follows') && /- ?transcript of session follows/i.test(msg.text.slice(0, 4000))
    // A body that fits the lowercased window is all there: no "unsent message follows" in it rules the regex out.
    && (msg.text.length > SHORT || lowerBody(msg).includes('unsent message follows')) && /- ?unsent message follows/i.test(msg.text.slice(0, 64 * 1024)),
  read({ msg, dsn }) {
    if (dsn.length) return noRecords();
    const { records, orphan } = readTranscript(section(msg.text, /- ?transcript of session follows/i, /- ?unsent message follows/i));
    if (records.length || !orphan.said.length) return records;
    // Only host-level results ("421 example.com (smtp)... Deferred: ..."): the recipients are those of
    // the unsent message.
    const unsent = section(msg.text, /- ?unsent message follows/i, null, 60);
    const to = unsent.find((l) => /^to:/i.test(l)) ?? '';
    const diagnostic = squash(orphan.said.join(' '));
    return recordsOf(findAddresses(to, 50), (address) => ({
      address,
      action: /deferred/i.test(diagnostic) ? 'delayed' as const : 'failed' as const,
      status: findStatus(diagnostic),
      replyCode: findReplyCode(diagnostic),
      remoteMta: null,
      diagnostic,
      command: orphan.command,
    }));
  },
};
