// Receiving-provider overrides, tried before the general status / phrase rules.
import type { Reason, RecipientRecord } from '../types.js';
import { domainOf } from '../text/index.js';
import type { ReceiverRule } from './rule.js';

export const RECEIVERS: readonly ReceiverRule[] = Object.freeze([]);

function endsWithDomain(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith('.' + suffix);
}

export function receiverFor(rec: RecipientRecord): ReceiverRule | null {
  const dom = domainOf(rec.address);
  const mta = (rec.remoteMta ?? '').toLowerCase();
  for (const r of RECEIVERS) {
    if (r.domains.some((d) => endsWithDomain(dom, d))) return r;
    if (mta && r.mtaSuffixes.some((s) => endsWithDomain(mta, s))) return r;
  }
  return null;
}

export function findReceiverRule(rec: RecipientRecord): { name: string; reason: Reason; why: string; detail?: string } | null {
  const r = receiverFor(rec);
  if (!r) return null;
  const d = r.decide(rec, rec.diagnostic.toLowerCase());
  return d ? { name: r.name, ...d } : null;
}

export type { ReceiverRule } from './rule.js';
