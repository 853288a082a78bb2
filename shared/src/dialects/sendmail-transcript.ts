// Sendmail's "Transcript of session follows" (also V5 sendmail's, which has no delivery-status part):
//   ... while talking to mx.example.jp.:
//   >>> RCPT To:<rcpt@example.jp>
//   <<< 550 5.1.1 <rcpt@example.jp>... User unknown
//   550 5.1.1 <rcpt@example.jp>... User unknown
//   Message could not be delivered for 5 days
// ">>>" names the SMTP command, "<<<" lines are the server's words, "NNN <rcpt>... text" closes one
// recipient, and plain lines after it add to that recipient's story. Words that no recipient line
// claims (a refusal at the greeting, a queue timeout) are returned as `orphan` for the caller to place.
import type { RecipientRecord } from '../types.js';
import { cleanAddress, findReplyCode, findStatus, isStatus, squash } from '../text/index.js';
import { normaliseCommand } from '../report/command.js';

const RCPT_RESULT = /^([245]\d\d)(?:[ -]([245]\.\d{1,3}\.\d{1,3}))? <?([^<>\s]{1,320}@[^<>\s]{1,255}?)>?\.\.\. ?(.*)$/;
const BARE_RESULT = /^<?([^<>\s]{1,320}@[^<>\s]{1,255}?)>?\.\.\. ?(.*)$/;
/** "421 example.com (smtp)... Deferred: ..." and "kijitora... Deferred": results no address claims. */
const OTHER_RESULT = /^(?:[245]\d\d \S{1,320}(?: \(\w{1,20}\))?|\S{1,320} \(\w{1,20}\))\.\.\. ?(.*)$/;
/** "kijitora... Deferred: ..." for a local part alone: sendmail's note, not the server's words. */
const LOCAL_RESULT = /^[^\s@]{1,320}\.\.\. /;

export interface Transcript {
  records: RecipientRecord[];
  orphan: { command: string | null; said: string[] };
}

function record(address: string, code: string | null, status: string | null, words: string[], command: string | null, deferred: boolean): RecipientRecord {
  const diagnostic = squash(words.join(' '));
  const st = (status && isStatus(status) ? status : null) ?? findStatus(diagnostic);
  return {
    address,
    action: deferred ? 'delayed' : 'failed',
    status: isStatus(st) ? st : null,
    replyCode: findReplyCode(diagnostic) ?? code,
    remoteMta: null,
    diagnostic,
    command,
  };
}

export function readTranscript(lines: string[], max = 500): Transcript {
  const out: RecipientRecord[] = [];
  let command: string | null = null;
  let said: string[] = [];
  let last: RecipientRecord | null = null;
  const orphan = { command: null as string | null, said: [] as string[] };
  const keepOrphan = () => {
    if (said.length) {
      orphan.said.push(...said);
      orphan.command = command;
    }
  };
  for (const raw of lines) {
    if (out.length >= max) break;
    const line = raw.trim();
    if (!line) continue;
    if (/^(?:\.\.\. )?while talking to /i.test(line)) {
      keepOrphan();
      command = null;
      said = [];
      last = null;
      continue;
    }
    const sent = /^>>> ?(\S{1,20})/.exec(line);
    if (sent) {
      command = normaliseCommand(sent[1]!) ?? command;
      said = [];
      last = null;
      continue;
    }
    if (line.startsWith('<<<')) {
      // An answer before any command of ours is the greeting: the connection itself was refused.
      command ??= 'CONN';
      said.push(line.slice(3).trim());
      last = null;
      continue;
    }
    // Every result line has "...": the four result expressions are not run on the others.
    const result = line.includes('...');
    const m = result ? RCPT_RESULT.exec(line) : null;
    const b = m || !result ? null : BARE_RESULT.exec(line);
    if (m || b) {
      const address = cleanAddress(m ? m[3] : b![1]);
      const text = m ? m[4]! : b![2]!;
      if (address && !out.some((r) => r.address.toLowerCase() === address.toLowerCase())) {
        // The server's own words come first: they carry the code that decided; sendmail's summary follows.
        last = record(address, m ? m[1]! : null, m?.[2] ?? null, [...said, text], command, /^deferred/i.test(text));
        out.push(last);
      }
      said = [];
      continue;
    }
    if (result && OTHER_RESULT.test(line)) {
      // A result for a host or a bare local part: its words belong to no recipient line.
      said.push(line.replace(OTHER_RESULT, '$1'));
      last = null;
      continue;
    }
    if (result && LOCAL_RESULT.test(line)) {
      last = null;
      continue;
    }
    if (last) {
      last.diagnostic = squash(`${last.diagnostic} ${line}`);
      continue;
    }
    said.push(line);
  }
  keepOrphan();
  return { records: out, orphan };
}
