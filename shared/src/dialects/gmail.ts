// Gmail's older plain-text bounce ("Delivery to the following recipient failed permanently:" followed by
// "Technical details of permanent failure:"), sent by mailer-daemon@googlemail.com without a DSN part.
import type { RecipientRecord } from '../types.js';
import type { Dialect } from './dialect.js';
import { inBody } from './gate.js';
import { cleanAddress, findReplyCode, findStatus } from '../text/index.js';
import { makeRecord, tidyServerText } from './provider-text.js';
import { fromMatches } from './appliance-text.js';
import { bodyHas } from './lower-text.js';
import { noRecords } from './mta-text.js';

const LIST_START = /^\s*Delivery to the following recipients? (?:failed permanently|has been delayed|failed|have been delayed)/i;
const LIST_ANYWHERE = /Delivery to the following recipients? (?:failed permanently|has been delayed|failed|have been delayed)/i;
const DETAILS = /Technical details of (permanent|temporary) failure:/i;
const ORIGINAL = /^[ \t]*-{3,}[ \t]*(?:Original message|Message header follows)/im;
const SERVER_SAID = /The error that the other server returned was:/i;
const STATE = /\(state (\d{1,2})\)\.?/i;

/**
 * Gmail names the stage of the SMTP dialogue it had reached as "(state N)". These are the stages seen in
 * Gmail bounces: connection/TLS set-up (6), AUTH (8, 9, 12), EHLO (13), RCPT (14), DATA (15, 17, 18).
 */
const STATE_COMMAND: Record<string, string> = {
  '6': 'MAIL', '8': 'AUTH', '9': 'AUTH', '12': 'AUTH', '13': 'EHLO', '14': 'RCPT', '15': 'DATA', '17': 'DATA', '18': 'DATA',
};

function recipients(text: string): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!LIST_START.test(lines[i]!)) continue;
    for (let j = i + 1; j < lines.length && j < i + 60; j++) {
      const l = lines[j]!.trim();
      if (!l) {
        if (out.length) break;
        continue;
      }
      const a = cleanAddress(l);
      if (!a || /\s/.test(l.replace(/^<|>$/g, ''))) break;
      out.push(a);
    }
    if (out.length) break;
  }
  return out;
}

export const gmail: Dialect = {
  name: 'gmail',
  gate: [inBody('delivery to the following recipient')],
  matches(msg) {
    if (!bodyHas(msg, 'delivery to the following recipient')) return false;
    const head = msg.text.slice(0, 6000);
    return LIST_ANYWHERE.test(head) && (fromMatches(msg, /@(?:google|googlemail|gmail)\.com/i) || DETAILS.test(head));
  },
  read({ msg }) {
    const text = msg.text;
    const cut = text.search(ORIGINAL);
    const head = cut === -1 ? text : text.slice(0, cut);
    const addrs = recipients(head);
    if (!addrs.length) return noRecords();
    const delayed = /has been delayed|temporary failure/i.test(head);
    const dm = DETAILS.exec(head);
    let details = dm ? head.slice(dm.index + dm[0].length) : '';
    const said = SERVER_SAID.exec(details);
    let server = said ? details.slice(said.index + said[0].length) : '';
    const stateM = STATE.exec(server || details);
    const command = stateM ? STATE_COMMAND[stateM[1]!] ?? null : null;
    if (stateM) server = server.replace(STATE, '');
    details = tidyServerText(details.replace(STATE, ''));
    server = tidyServerText(server);

    // "by mx.example.jp. [192.0.2.1]" names the host that answered; a socket error names the host it tried.
    const mtaM = /\bby ([a-z0-9][a-z0-9.-]{1,250}[a-z0-9])\.? \[/i.exec(details) ?? /\[(?:\(\d+\) )?([a-z0-9][a-z0-9.-]{1,250}[a-z0-9])\.? \[?[0-9a-f.:]{1,64}\]?(?::\d{1,5})?:? [a-z ]{0,40}error\]/i.exec(details);
    const remoteMta = mtaM ? mtaM[1]!.toLowerCase() : null;
    const noConnect = /did not accept our requests to connect|socket error|timed out/i.test(details) && !server;

    const out: RecipientRecord[] = [];
    for (const address of addrs) {
      const diagnostic = server || details || (delayed ? 'Delivery to the following recipient has been delayed' : '');
      const rec = makeRecord(address, diagnostic, {
        action: delayed ? 'delayed' : 'failed',
        command,
        remoteMta,
        status: findStatus(server),
        replyCode: findReplyCode(server),
      });
      // Google could not reach the receiving server at all (or only reports that it is still trying):
      // the message is ageing in Google's queue, which is what "expired" means to the sender.
      if (noConnect || (!details && delayed)) rec.reason = 'expired';
      // State 6 is the session set-up before MAIL: the receiving server broke off the session itself.
      else if (stateM?.[1] === '6') rec.reason = 'systemerror';
      // States 15 and 18 are refusals after DATA: the receiving side's content filter said no.
      else if ((stateM?.[1] === '15' || stateM?.[1] === '18') && !/^[45]\.[12]\./.test(rec.status ?? '')) rec.reason = 'filtered';
      out.push(rec);
    }
    return out;
  },
};
