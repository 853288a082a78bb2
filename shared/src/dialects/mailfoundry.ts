// MailFoundry ("Message delivery has failed"): "Unable to deliver message to: <addr>", "Delivery failed for
// the following reason:", then "Server h[ip] failed with: reply" or "h[ip] responded with failure: reply".
import type { Dialect } from './dialect.js';
import { inBody } from './gate.js';
import type { RecipientRecord } from '../types.js';
import { addressIn, record, bodyLines } from './appliance-text.js';
import { bodyHas } from './lower-text.js';

const TARGET = /^Unable to deliver message to:\s*(.{1,300})$/i;
const REASON = /^Delivery failed for the following reason:\s*$/i;

export const mailfoundry: Dialect = {
  name: 'mailfoundry',
  gate: [inBody('unable to deliver message to:')],
  matches(msg) {
    if (!bodyHas(msg, 'unable to deliver message to:') || !bodyHas(msg, 'delivery failed for the following reason:')) return false;
    const t = msg.text.slice(0, 2000);
    return /^Unable to deliver message to:/im.test(t) && /^Delivery failed for the following reason:/im.test(t);
  },
  read({ msg }) {
    const out: RecipientRecord[] = [];
    let address = '';
    let inReason = false;
    const reason: string[] = [];
    const flush = () => {
      if (!address) return;
      const text = reason.join(' ');
      const host = /^(?:Server\s+)?([a-z0-9.-]{1,255})\[[0-9a-f.:]{2,45}\]/i.exec(text)?.[1] ?? null;
      out.push(record(address, text, { remoteMta: host }));
      address = '';
      reason.length = 0;
    };
    for (const line of bodyLines(msg, 300)) {
      const t = TARGET.exec(line);
      if (t) { flush(); address = addressIn(t[1]!); inReason = false; continue; }
      if (REASON.test(line)) { inReason = true; continue; }
      if (/^This has been a permanent failure|^-{2,}/i.test(line)) { inReason = false; continue; }
      if (inReason && line.trim()) reason.push(line.trim());
    }
    flush();
    return out;
  },
};
