// Receiving-provider overrides, tried before the general status / phrase rules. A provider is
// recognised by the recipient's domain, by the remote MTA's host name, or by words only it writes.
import type { RecipientRecord } from '../types.js';
import { domainOf } from '../text/index.js';
import type { ProviderFact, ReceiverDecision, ReceiverRule } from './rule.js';
import { docomo } from './docomo.js';
import { kddi } from './kddi.js';
import { softbank } from './softbank.js';
import { rakuten } from './rakuten.js';
import { microsoft } from './microsoft.js';
import { google } from './google.js';
import { yahoo } from './yahoo.js';
import { apple } from './apple.js';
import { orange } from './orange.js';
import { cloudflare } from './cloudflare.js';
import { cox } from './cox.js';
import { facebook } from './facebook.js';
import { godaddy } from './godaddy.js';
import { iua } from './iua.js';
import { messagelabs } from './messagelabs.js';
import { mimecast } from './mimecast.js';
import { spectrum } from './spectrum.js';
import { tencent } from './tencent.js';
import { zoho } from './zoho.js';
import { amazonses } from './amazonses.js';

/** Carriers first: their domains are exact and their wording is the least standard. */
export const RECEIVERS: readonly ReceiverRule[] = Object.freeze([
  docomo, kddi, softbank, rakuten,
  microsoft, google, yahoo, apple, orange,
  amazonses, cloudflare, cox, facebook, godaddy, iua, messagelabs, mimecast, spectrum, tencent, zoho,
]);

function endsWithDomain(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith('.' + suffix);
}

/** The host part of a Remote-MTA value ("dns; mx.example.jp", "mx.example.jp. (192.0.2.1, ...)"). */
function mtaHost(raw: string | null | undefined): string {
  const s = (raw ?? '').toLowerCase().replace(/^[a-z]{1,10};\s*/, '').trim();
  return (/^\[?([a-z0-9.:-]{1,255}?)\.?\]?(?:[\s(]|$)/.exec(s)?.[1] ?? '').replace(/\.$/, '');
}

export function receiverFor(rec: RecipientRecord): ReceiverRule | null {
  const dom = domainOf(rec.address);
  const mta = mtaHost(rec.remoteMta);
  for (const r of RECEIVERS) if (r.domains.some((d) => endsWithDomain(dom, d))) return r;
  if (mta) for (const r of RECEIVERS) if (r.mtaSuffixes.some((s) => endsWithDomain(mta, s))) return r;
  const lower = rec.diagnostic.toLowerCase();
  if (lower) for (const r of RECEIVERS) if (r.signatures?.some((s) => lower.includes(s))) return r;
  return null;
}

/**
 * Rules by each domain (or MTA suffix) they list. Every record asks which rules claim its domain; looking
 * up the host and each of its parent domains ("mx.a.example.jp", "a.example.jp", "example.jp", "jp") in a
 * map finds exactly the rules endsWithDomain() would, without testing every suffix of every rule.
 */
function indexBy(list: (r: ReceiverRule) => string[]): Map<string, Set<ReceiverRule>> {
  const m = new Map<string, Set<ReceiverRule>>();
  for (const r of RECEIVERS) for (const d of list(r)) {
    let set = m.get(d);
    if (!set) m.set(d, (set = new Set()));
    set.add(r);
  }
  return m;
}
const BY_DOMAIN = indexBy((r) => r.domains);
const BY_MTA_SUFFIX = indexBy((r) => r.mtaSuffixes);

/** Adds to `out` the rules that list `host` or one of its parent domains. */
function claimedBy(index: Map<string, Set<ReceiverRule>>, host: string, out: Set<ReceiverRule>): void {
  for (let dot = -1; ; ) {
    const set = index.get(host.slice(dot + 1));
    if (set) for (const r of set) out.add(r);
    dot = host.indexOf('.', dot + 1);
    if (dot === -1) return;
  }
}

/**
 * Every rule's signatures as one literal alternation: most diagnostics carry none, which one regex pass
 * settles instead of an includes() per signature per rule. Literals only: linear in the text.
 */
const ANY_SIGNATURE = new RegExp(RECEIVERS.flatMap((r) => r.signatures ?? []).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)');

/** Every provider that claims the record, in RECEIVERS order (a customer domain hosted by a provider). */
function candidates(rec: RecipientRecord, lower: string): ReceiverRule[] {
  const mta = mtaHost(rec.remoteMta);
  const claimed = new Set<ReceiverRule>();
  claimedBy(BY_DOMAIN, domainOf(rec.address), claimed);
  if (mta !== '') claimedBy(BY_MTA_SUFFIX, mta, claimed);
  const signed = lower !== '' && ANY_SIGNATURE.test(lower);
  const direct = RECEIVERS.filter((r) => claimed.has(r) || (signed && r.signatures?.some((s) => lower.includes(s)) === true));
  // Last: the provider that wrote the report itself (a filtering service answering for its customer).
  const reporting = mtaHost(rec.reportingMta);
  if (reporting) {
    const byReporter = new Set<ReceiverRule>();
    claimedBy(BY_MTA_SUFFIX, reporting, byReporter);
    for (const r of RECEIVERS) if (byReporter.has(r) && !direct.includes(r)) direct.push(r);
  }
  return direct;
}

export function findReceiverRule(rec: RecipientRecord): (ReceiverDecision & { name: string }) | null {
  const lower = rec.diagnostic.toLowerCase();
  for (const r of candidates(rec, lower)) {
    const d = r.decide(rec, lower);
    if (d) return { name: r.name, ...d };
  }
  return null;
}

/** Dated provider facts that explain a detail name (for the advice layer), newest first. */
export function factsFor(detail: string): (ProviderFact & { provider: string })[] {
  const out: (ProviderFact & { provider: string })[] = [];
  for (const r of RECEIVERS) for (const f of r.facts ?? []) if (f.detail === detail) out.push({ ...f, provider: r.name });
  return out.sort((a, b) => b.since.localeCompare(a.since));
}

export type { ReceiverRule, ReceiverDecision, ProviderFact } from './rule.js';
export { DETAILS } from './details.js';
