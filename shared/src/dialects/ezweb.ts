// au by KDDI, EZweb mail (Postmaster@ezweb.ne.jp, "Mail System Error - Returned Mail"): a one-line notice
// ("The user(s) account is disabled.", "Your message was not delivered within ..."), optionally a Japanese
// paragraph, then the recipients as "<addr>", "<addr>: reply" or "Recipient: <addr>" followed by the
// ">>> command" / "<<< reply" transcript lines.
import type { Dialect } from './dialect.js';
import { inFrom, inHeader } from './gate.js';
import type { RecipientRecord } from '../types.js';
import { addressIn, dsnFor, fromMatches, reasonIn, record, type PhraseTable, bodyLines } from './appliance-text.js';
import { lowerFrom } from './lower-text.js';

/** The notice names the outcome for every recipient listed under it. */
const NOTICE: PhraseTable = [
  ['account is temporarily over quota', 'mailboxfull'],
  ['account is disabled', 'suspend'],
  ['account is temporarily limited', 'suspend'],
  ['was not delivered within', 'expired'],
];

const END = /^(?:-{2,}|Content-Type:|Received: )/i;
const BARE = /^\s*<([^\s<>@]{1,128}@[^\s<>]{1,255})>\s*$/;
const WITH_REPLY = /^\s*<([^\s<>@]{1,128}@[^\s<>]{1,255})>:\s*(\S.*)$/;
const LABELLED = /^\s*Recipient:\s*<?([^\s<>@]{1,128}@[^\s<>]{1,255})>?/i;
const TRANSCRIPT = /^\s*(>>>|<<<)\s?(.*)$/;

export const ezweb: Dialect = {
  name: 'ezweb',
  gate: [inFrom('@ezweb.ne.jp', '@au.com'), inHeader('received', '(EZweb Mail)')],
  matches(msg) {
    // au mail also gives out @au.com addresses (since 2021): an error mail from there with the same
    // subject is assumed to share the layout (not seen in the corpus).
    const from = lowerFrom(msg);
    return (from.includes('@ezweb.ne.jp') && fromMatches(msg, /@ezweb\.ne\.jp\b/i))
      || (from.includes('@au.com') && fromMatches(msg, /@au\.com\b/i) && /^Mail System Error - Returned Mail/i.test(msg.subject))
      || msg.headers.some((h) => h.key === 'received' && h.value.includes('(EZweb Mail)'));
  },
  read({ msg, dsn }) {
    const text = bodyLines(msg, 400);
    const notice: string[] = [];
    const out: RecipientRecord[] = [];
    let cur: { address: string; diag: string[]; command: string | null } | null = null;
    const flush = () => {
      if (!cur) return;
      const replied = cur.diag.length > 0;
      const diag = replied ? cur.diag.join(' ') : notice.join(' ');
      const d = dsnFor(dsn, cur.address);
      const rec = record(cur.address, diag, { command: cur.command, ...(d?.status ? { status: d.status } : {}) });
      const own = reasonIn(NOTICE, notice.join(' '));
      if (own) rec.reason = own;
      // au's reception filter (domain or address filter set by the recipient) refuses silently: the
      // notice says "rejected" and no server reply follows.
      else if (!replied && /rejected by a remote\s+mail server/i.test(notice.join(' '))) {
        rec.reason = 'filtered';
        rec.detail = 'au-reception-filter';
      }
      out.push(rec);
      cur = null;
    };
    for (const line of text) {
      if (END.test(line)) break;
      if (TRANSCRIPT.test(line) || LABELLED.test(line) || WITH_REPLY.test(line) || BARE.test(line)) continue;
      if (line.trim()) notice.push(line.trim());
    }
    for (const line of text) {
      if (END.test(line)) break;
      const t = TRANSCRIPT.exec(line);
      if (t && cur) {
        if (t[1] === '>>>') {
          const w = /^(RCPT|MAIL|DATA|HELO|EHLO)/i.exec(t[2]!.trim());
          if (w) cur.command = w[1]!.toUpperCase();
        } else cur.diag.push(t[2]!);
        continue;
      }
      const m = LABELLED.exec(line) ?? WITH_REPLY.exec(line) ?? BARE.exec(line);
      if (m) {
        flush();
        const address = addressIn(`<${m[1]}>`);
        if (address) cur = { address, diag: m[2] ? [m[2]] : [], command: null };
        continue;
      }
    }
    flush();
    return out;
  },
};
