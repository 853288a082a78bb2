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

/**
 * The host part of a Remote-MTA value ("dns; mx.example.jp", "mx.example.jp. (192.0.2.1, ...)"). Kept as
 * regexes: a loop over the characters measured about as fast once optimised and far slower in the first
 * pass (interpreted), which is what a CLI run over a few messages sees.
 */
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
 * Rules by each domain (or MTA suffix) they list, as a bit mask over RECEIVERS (bit i: RECEIVERS[i]; a
 * test keeps RECEIVERS within 31 rules).
 * Every record asks which rules claim its domain; looking up the host and each of its parent domains
 * ("mx.a.example.jp", "a.example.jp", "example.jp", "jp") in a map finds exactly the rules
 * endsWithDomain() would, without testing every suffix of every rule.
 */
function indexBy(list: (r: ReceiverRule) => string[]): Map<string, number> {
  const m = new Map<string, number>();
  RECEIVERS.forEach((r, i) => {
    for (const d of list(r)) m.set(d, (m.get(d) ?? 0) | (1 << i));
  });
  return m;
}
const BY_DOMAIN = indexBy((r) => r.domains);
const BY_MTA_SUFFIX = indexBy((r) => r.mtaSuffixes);

/**
 * The last label of every listed domain and suffix: a host can only end in a listed domain when its own
 * last label is one of these, which rules out most hosts (IP addresses, .org, .example) in one lookup.
 */
const LAST_LABELS: ReadonlySet<string> = new Set([...BY_DOMAIN.keys(), ...BY_MTA_SUFFIX.keys()].map((d) => d.slice(d.lastIndexOf('.') + 1)));

/** The rules (bit mask) that list `host` or one of its parent domains. */
function claimedBy(index: Map<string, number>, host: string): number {
  if (!LAST_LABELS.has(host.slice(host.lastIndexOf('.') + 1))) return 0;
  let mask = 0;
  for (let dot = -1; ; ) {
    mask |= index.get(dot === -1 ? host : host.slice(dot + 1)) ?? 0;
    dot = host.indexOf('.', dot + 1);
    if (dot === -1) return mask;
  }
}

/** Each rule's signatures, in RECEIVERS order (a caller that scans for them itself passes the mask). */
export const SIGNATURES: readonly (readonly string[])[] = RECEIVERS.map((r) => r.signatures ?? []);

/**
 * Every rule's signatures as one literal alternation: most diagnostics carry none, which one regex pass
 * settles instead of an includes() per signature per rule. Literals only: linear in the text.
 */
const ANY_SIGNATURE = new RegExp(SIGNATURES.flat().map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)');

/** The rules (bit mask) whose signatures occur in the lowercased diagnostic. */
function signedBy(lower: string): number {
  let mask = 0;
  if (lower !== '' && ANY_SIGNATURE.test(lower)) {
    SIGNATURES.forEach((sigs, i) => {
      if (sigs.some((s) => lower.includes(s))) mask |= 1 << i;
    });
  }
  return mask;
}

/** The first rule in `mask` (RECEIVERS order) that decides the record. */
function firstDecision(mask: number, rec: RecipientRecord, lower: string): (ReceiverDecision & { name: string }) | null {
  for (let i = 0, m = mask; m !== 0; i++, m >>>= 1) {
    if ((m & 1) === 0) continue;
    const r = RECEIVERS[i]!;
    const d = r.decide(rec, lower);
    if (d) return { name: r.name, ...d };
  }
  return null;
}

/**
 * The first provider rule that decides the record: of those that claim it (domain, remote MTA or
 * signature; a customer domain hosted by a provider), in RECEIVERS order, then of those that claim only
 * the reporting MTA (a filtering service answering for its customer). `lower` is the lowercased
 * diagnostic and `signed` the mask of rules whose signatures it contains, for a caller that has them.
 */
export function findReceiverRule(
  rec: RecipientRecord,
  lower: string = rec.diagnostic.toLowerCase(),
  signed: number = signedBy(lower),
): (ReceiverDecision & { name: string }) | null {
  // Two passes through one body (the claims of the remote MTA, then of the reporting MTA): TurboFan
  // compiles this function while the rounds run and inlines each call site on its own, so a second
  // copy of each call cost it ~600 graph nodes.
  let mask = claimedBy(BY_DOMAIN, domainOf(rec.address)) | signed;
  let tried = 0;
  for (let pass = 0; pass < 2; pass++) {
    const host = mtaHost(pass === 0 ? rec.remoteMta : rec.reportingMta);
    if (host !== '') mask |= claimedBy(BY_MTA_SUFFIX, host);
    else if (pass === 1) return null;
    const decided = firstDecision(mask & ~tried, rec, lower);
    if (decided) return decided;
    tried = mask;
    mask = 0;
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
