// Zoho Mail (mailer-daemon@mail.zoho.com): one line per recipient, "addr Invalid Address, ERROR_CODE :550,
// ERROR_CODE :5.1.1 <addr>... User Unknown"; delay notices list "[Status: Error, Address: <addr>,
// ResponseCode 421, , Host not reachable.]" and say "Message will be retried".
import type { Dialect } from './dialect.js';
import { inFrom, inHeaderLower } from './gate.js';
import type { RecipientRecord } from '../types.js';
import { addressIn, fromMatches, headerMatches, reasonIn, record, type PhraseTable, bodyLines } from './appliance-text.js';
import { lowerFrom } from './lower-text.js';

/** Zoho gives up on an unreachable host after its retries: the delivery expired. */
const OWN: PhraseTable = [['host not reachable', 'expired']];

const LINE = /^([^\s<>@]{1,128}@[^\s<>]{1,255})\s+(\S.{0,1000})$/;
const BRACKET = /^\[Status:\s*\w+,\s*Address:\s*<([^\s<>]{1,300})>,\s*(.{0,1000})\]\s*$/i;

export const zoho: Dialect = {
  name: 'zoho',
  gate: [inFrom('zoho.com'), inHeaderLower('user-agent', 'zoho mail')],
  matches(msg) {
    return (lowerFrom(msg).includes('zoho.com') && fromMatches(msg, /@(?:[\w-]+\.)*zoho\.com\b/i)) || headerMatches(msg, 'user-agent', /^Zoho Mail/i) && /ERROR_CODE|\[Status:/.test(msg.text);
  },
  read({ msg }) {
    const delayed = /Message will be retried|WARNING MESSAGE ONLY/i.test(msg.text);
    const out: RecipientRecord[] = [];
    for (const line of bodyLines(msg, 300)) {
      const m = LINE.exec(line.trim()) ?? BRACKET.exec(line.trim());
      if (!m || !/ERROR_CODE|ResponseCode|Invalid Address|Error/i.test(m[2]!)) continue;
      const address = addressIn(m[1]!);
      if (!address || out.some((r) => r.address === address)) continue;
      const diag = m[2]!.replace(/ResponseCode\s+(\d{3})/i, '$1');
      const code = /ERROR_CODE\s*:\s*(\d{3})\b/.exec(diag)?.[1] ?? /\b([45]\d\d)\b/.exec(diag)?.[1] ?? null;
      const own = reasonIn(OWN, diag);
      out.push(record(address, diag, { replyCode: code, action: delayed ? 'delayed' : 'failed', command: null, ...(own ? { reason: own } : {}) }));
    }
    return out;
  },
};
