// Active!hunter (Japanese mail filter, subject "FAILURE NOTICE :"): sendmail-like, but each failed
// recipient is listed as ">>> addr <addr>" and the remote reply follows "Transcript of session follows".
import type { Dialect } from './dialect.js';
import { inHeaderLower, inSubject } from './gate.js';
import type { RecipientRecord } from '../types.js';
import { addressIn, headerMatches, record, bodyLines } from './appliance-text.js';
import { recordsOf } from './mta-text.js';

const LISTED = /^\s*>>>\s+(\S+@\S+)/;
const TRANSCRIPT = /^\s*-{3,}\s?Transcript of session follows\s?-{3,}/i;

export const activehunter: Dialect = {
  name: 'activehunter',
  gate: [inHeaderLower('content-type', 'active!hunter'), inSubject('failure notice :')],
  matches(msg) {
    return headerMatches(msg, 'content-type', /Active!Hunter/i) || msg.subject.startsWith('FAILURE NOTICE :');
  },
  read({ msg }) {
    const addrs: string[] = [];
    const reply: string[] = [];
    let inTranscript = false;
    for (const line of bodyLines(msg, 300)) {
      if (TRANSCRIPT.test(line)) { inTranscript = true; continue; }
      if (/^-{2,}[^-\s]/.test(line)) break;
      if (inTranscript) { if (line.trim()) reply.push(line.trim()); continue; }
      const m = LISTED.exec(line);
      const a = m ? addressIn(m[1]!) : '';
      if (a && !addrs.includes(a)) addrs.push(a);
    }
    return recordsOf(addrs, (a): RecipientRecord => record(a, reply.join(' '), { command: null }));
  },
};
