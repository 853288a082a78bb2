import { checkAddress, domainOf } from './address.js';
import { CARRIER_DOMAINS, carrierOf } from './carriers.js';
import type { PrecheckInput, PrecheckOptions, PrecheckWarning } from './types.js';

/** Upper bound on recipients examined: a paste of a whole address book must not stall sending. */
export const MAX_RECIPIENTS = 1000;

/**
 * All warnings for an outgoing message, address warnings first (in recipient order), then the
 * size warning, then carrier warnings. Never throws; bad input yields 'address-invalid'.
 */
export function precheck(input: PrecheckInput, options: PrecheckOptions = {}): PrecheckWarning[] {
  const out: PrecheckWarning[] = [];
  const recipients = Array.isArray(input?.recipients) ? input.recipients.slice(0, MAX_RECIPIENTS) : [];
  const seen = new Set<string>();
  const carrierWarnings: PrecheckWarning[] = [];
  const table = options.carrierDomains ?? CARRIER_DOMAINS;
  for (const r of recipients) {
    if (typeof r !== 'string') continue;
    const key = r.trim();
    if (seen.has(key)) continue;
    seen.add(key);
    const warnings = checkAddress(key);
    out.push(...warnings);
    if (options.carrierCheck === false || warnings.length) continue;
    const domain = domainOf(key);
    const carrier = domain ? carrierOf(domain, table) : null;
    if (carrier && domain) carrierWarnings.push({ code: 'carrier-pc-mail', address: key, params: { carrier, domain } });
  }
  const limit = options.maxMessageBytes;
  const size = input?.totalBytes;
  if (typeof limit === 'number' && limit > 0 && typeof size === 'number' && Number.isFinite(size) && size > limit) {
    out.push({ code: 'size-over-limit', params: { size: Math.round(size), limit } });
  }
  return out.concat(carrierWarnings);
}
