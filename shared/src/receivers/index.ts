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

/** Every provider that claims the record, in RECEIVERS order (a customer domain hosted by a provider). */
function candidates(rec: RecipientRecord): ReceiverRule[] {
  const dom = domainOf(rec.address);
  const mta = mtaHost(rec.remoteMta);
  const lower = rec.diagnostic.toLowerCase();
  const direct = RECEIVERS.filter((r) => r.domains.some((d) => endsWithDomain(dom, d))
    || (mta !== '' && r.mtaSuffixes.some((s) => endsWithDomain(mta, s)))
    || (lower !== '' && r.signatures?.some((s) => lower.includes(s)) === true));
  // Last: the provider that wrote the report itself (a filtering service answering for its customer).
  const reporting = mtaHost(rec.reportingMta);
  if (reporting) for (const r of RECEIVERS) if (!direct.includes(r) && r.mtaSuffixes.some((s) => endsWithDomain(reporting, s))) direct.push(r);
  return direct;
}

export function findReceiverRule(rec: RecipientRecord): (ReceiverDecision & { name: string }) | null {
  const lower = rec.diagnostic.toLowerCase();
  for (const r of candidates(rec)) {
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
