// SurfControl / Websense Email Filter (X-SEF-Processed): "Your message could not be sent." with "Addressed
// To: addr" and "Failed to send to identified host, addr: [ip], reply", plus a delivery-status part.
import type { Dialect } from './dialect.js';
import { inHead } from './gate.js';
import type { RecipientRecord } from '../types.js';
import { addressIn, dsnFor, headText, record, bodyLines } from './appliance-text.js';
import { headHas } from './lower-text.js';

const FAILED = /^\s*([^\s<>@]{1,128}@[^\s<>:]{1,255}):\s*\[([^\]]{1,100})\],\s*(.{1,1000})$/;

export const surfcontrol: Dialect = {
  name: 'surfcontrol',
  gate: [inHead('your message could not be sent.')],
  matches(msg) {
    if (!headHas(msg, 'your message could not be sent.') || !headHas(msg, 'a transcript of the attempts to send the message follows.')) return false;
    const t = headText(msg);
    return /^Your message could not be sent\./m.test(t) && /^A transcript of the attempts to send the message follows\./m.test(t);
  },
  read({ msg, dsn }) {
    const out: RecipientRecord[] = [];
    for (const line of bodyLines(msg, 300)) {
      const m = FAILED.exec(line);
      if (!m) continue;
      const address = addressIn(m[1]!);
      if (!address || out.some((r) => r.address === address)) continue;
      const d = dsnFor(dsn, address);
      const rec = record(address, m[3]!, { remoteMta: m[2]!, status: d?.status ?? null });
      // The filter only reports a remote host's refusal to take the message; "Service currently
      // unavailable" there is the remote system's own failure.
      if (/service (?:currently |temporarily )?unavailable/i.test(m[3]!)) rec.reason = 'systemerror';
      out.push(rec);
    }
    return out;
  },
};
