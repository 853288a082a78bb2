// Postfix: "This is the mail system at host ..." then one paragraph per recipient,
// "<rcpt>: host mx[ip] said: 550 ... (in reply to RCPT TO command)", usually with a delivery-status part.
import type { Dialect } from './dialect.js';
import { inHeader, inTop } from './gate.js';
import type { Message, RecipientRecord } from '../types.js';
import { findReplyCode, findStatus, squash } from '../text/index.js';
import { normaliseCommand } from '../report/command.js';
import { findOriginal } from '../report/original.js';
import { header } from '../message/index.js';
import { type BlockExtra, blocks, fromBlock, head, merge, noRecords, recordsOf, section } from './mta-text.js';

const SIGNS = ['this is the mail system at host', 'this is the postfix program at host', 'i\'m sorry to have to inform you that your message could not'];
const RCPT_LINE = /^<([^<>\s]{1,320}@[^<>\s]{1,255})>(?: \(expanded from [^)]{0,330}\))?:\s?(.*)$/;

const END = /^(?:-{2,}|\s*-- )?\s*(?:undelivered message|original message|content-type: message\/rfc822|the original message headers)/i;
const DELAYED: BlockExtra = { action: 'delayed' };
const FAILED: BlockExtra = {};

/** "<rcpt>: ..." (every such line starts with '<': the expression is not run on the others). */
function recipientLine(l: string): [string, string] | null {
  const m = l.length > 0 && l.charCodeAt(0) === 0x3c ? RCPT_LINE.exec(l) : null;
  return m ? [m[1]!, m[2]!] : null;
}

function isPostfix(msg: Message): boolean {
  if (header(msg, 'x-postfix-queue-id')) return true;
  const h = head(msg, 20);
  return SIGNS.some((s) => h.includes(s)) || (h.includes('transcript of session follows.') && / in: {1,2}\S/i.test(h));
}

/**
 * Postfix's notice of an SMTP session it could not complete (smtpd's "Transcript of session follows."):
 * " In:  RCPT TO:<rcpt>" / " Out: 250 2.1.5 Ok" pairs. The failure is the first 4xx/5xx answer; the
 * command is the last "In:" before it, and every answer to that command is the server's story.
 */
export function readInOut(text: string): RecipientRecord[] {
  const lines = section(text, /^transcript of session follows\.?\s*$/i, /^for other details, see/i);
  const rcpts: string[] = [];
  let command: string | null = null;
  let answers: string[] = [];
  for (const raw of lines) {
    const inp = /^\s*In:\s+(.*)$/.exec(raw);
    if (inp) {
      if (answers.some((a) => /^[45]\d\d/.test(a))) break;
      const verb = inp[1]!.trim().split(/\s/)[0] ?? '';
      command = normaliseCommand(verb);
      answers = [];
      const rc = /^rcpt to:\s*<([^<>\s]{1,320})>/i.exec(inp[1]!.trim());
      if (rc) rcpts.push(rc[1]!);
      continue;
    }
    const out = /^\s*Out:\s+(.*)$/.exec(raw);
    if (out) answers.push(out[1]!.trim());
  }
  if (!answers.some((a) => /^[45]\d\d/.test(a))) return noRecords();
  const diagnostic = squash(answers.join(' '));
  const failure = answers.find((a) => /^[45]\d\d/.test(a)) ?? '';
  return recordsOf(rcpts, (address) => ({
    address,
    action: failure.startsWith('4') ? 'delayed' as const : 'failed' as const,
    status: findStatus(failure),
    replyCode: findReplyCode(failure),
    remoteMta: null,
    diagnostic,
    command,
  }));
}

export const postfix: Dialect = {
  name: 'postfix',
  gate: [inHeader('x-postfix-queue-id', ''), inTop(20, ...SIGNS, 'transcript of session follows.')],
  matches: isPostfix,
  read({ msg, dsn }) {
    const extra = /delayed mail/i.test(msg.subject) ? DELAYED : FAILED;
    const text = recordsOf(blocks(section(msg.text, null, END), recipientLine), (b) => fromBlock(b, extra));
    if (!text.length && !dsn.length) {
      const inOut = readInOut(msg.text);
      if (inOut.length) return inOut;
      // "--- Delivery report unavailable ---": a failure with no details; the returned message names
      // whom it was for, and the reason stays undefined rather than guessed.
      if (/-{3} delivery report unavailable -{3}/i.test(msg.text)) {
        return recordsOf(findOriginal(msg)?.to ?? [], (address) => ({ address, action: 'failed' as const, status: null, replyCode: null, remoteMta: null, diagnostic: '', command: null }));
      }
    }
    return merge(dsn, text, 'contains');
  },
};
