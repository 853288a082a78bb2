// Sendmail's "Transcript of session follows" (also V5 sendmail's, which has no delivery-status part):
//   While talking to mx.example.jp.:
//   >>> RCPT To:<rcpt@example.jp>
//   <<< 550 5.1.1 <rcpt@example.jp>... User unknown
//   550 5.1.1 <rcpt@example.jp>... User unknown
// The ">>>" line names the SMTP command, "<<<" lines are the server's words, and the final
// "NNN <rcpt>... text" line closes one recipient.
import type { RecipientRecord } from '../types.js';
import { cleanAddress, findReplyCode, findStatus, isStatus, squash } from '../text/index.js';
import { normaliseCommand } from '../report/command.js';

const RCPT_RESULT = /^([245]\d\d)(?:[ -]([245]\.\d{1,3}\.\d{1,3}))? <([^<>\s]{1,320}@[^<>\s]{1,255})>\.\.\. ?(.*)$/;
const BARE_RESULT = /^<([^<>\s]{1,320}@[^<>\s]{1,255})>\.\.\. ?(.*)$/;

export function readTranscript(lines: string[], max = 500): RecipientRecord[] {
  const out: RecipientRecord[] = [];
  let command: string | null = null;
  let said: string[] = [];
  for (const raw of lines) {
    if (out.length >= max) break;
    const line = raw.trim();
    if (/^while talking to /i.test(line)) {
      command = null;
      said = [];
      continue;
    }
    const sent = /^>>> ?(\S{1,20})/.exec(line);
    if (sent) {
      command = normaliseCommand(sent[1]!) ?? command;
      said = [];
      continue;
    }
    if (line.startsWith('<<<')) {
      said.push(line.slice(3).trim());
      continue;
    }
    const m = RCPT_RESULT.exec(line);
    const b = m ? null : BARE_RESULT.exec(line);
    if (!m && !b) continue;
    const address = cleanAddress(m ? m[3] : b![1]);
    if (!address) continue;
    const text = m ? m[4]! : b![2]!;
    // The server's own words come first: they carry the code that decided; sendmail's summary follows.
    const diagnostic = squash([...said, text].join(' '));
    const status = (m?.[2] && isStatus(m[2]) ? m[2] : null) ?? findStatus(diagnostic);
    const existing = out.find((r) => r.address.toLowerCase() === address.toLowerCase());
    if (existing) continue;
    out.push({
      address,
      action: /deferred/i.test(text) ? 'delayed' : 'failed',
      status: isStatus(status) ? status : null,
      replyCode: findReplyCode(diagnostic) ?? (m ? m[1]! : null),
      remoteMta: null,
      diagnostic,
      command,
    });
    said = [];
  }
  return out;
}
