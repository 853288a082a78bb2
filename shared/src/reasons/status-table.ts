// Enhanced status code -> reason. The exact-code table below follows the RFC 3463 / IANA registry meaning
// of each code (the class matters: 4.2.1 "mailbox disabled for now" is not 5.2.1); codes it does not list
// mean nothing on their own; vendor codes outside the registry's range (5.7.509, 4.7.650...) fall back to
// the codes each reason file claims, first in REASON_ORDER.
// x.0.0 and the internal 5.0.9xx codes some tools print mean nothing on their own.
import type { Reason } from '../types.js';
import { REASON_ORDER } from './order.js';

const EXACT: ReadonlyMap<string, Reason> = new Map<string, Reason>([
  ['2.1.5', 'delivered'],
  // 4.x.x: persistent transient failures
  ['4.1.6', 'hasmoved'], ['4.1.7', 'rejected'], ['4.1.8', 'rejected'], ['4.1.9', 'systemerror'],
  ['4.2.1', 'blocked'], ['4.2.2', 'mailboxfull'], ['4.2.3', 'exceedlimit'], ['4.2.4', 'filtered'],
  ['4.3.1', 'systemfull'], ['4.3.2', 'notaccept'], ['4.3.3', 'systemerror'], ['4.3.5', 'systemerror'],
  ['4.4.1', 'expired'], ['4.4.2', 'networkerror'], ['4.4.3', 'systemerror'], ['4.4.4', 'networkerror'],
  ['4.4.5', 'systemfull'], ['4.4.6', 'networkerror'], ['4.4.7', 'expired'], ['4.4.8', 'networkerror'],
  ['4.5.3', 'systemerror'], ['4.5.5', 'systemerror'],
  ['4.6.0', 'contenterror'], ['4.6.2', 'contenterror'], ['4.6.5', 'contenterror'],
  ['4.7.1', 'blocked'], ['4.7.2', 'blocked'], ['4.7.5', 'securityerror'], ['4.7.6', 'securityerror'],
  ['4.7.7', 'securityerror'], ['4.7.12', 'securityerror'], ['4.7.15', 'securityerror'], ['4.7.16', 'mesgtoobig'],
  ['4.7.24', 'authfailure'], ['4.7.25', 'requireptr'], ['4.7.26', 'authfailure'],
  // 5.x.x: permanent failures
  ['5.1.0', 'userunknown'], ['5.1.1', 'userunknown'], ['5.1.2', 'hostunknown'], ['5.1.3', 'userunknown'],
  ['5.1.4', 'filtered'], ['5.1.6', 'hasmoved'], ['5.1.7', 'rejected'], ['5.1.8', 'rejected'],
  ['5.1.9', 'systemerror'], ['5.1.10', 'notaccept'],
  ['5.2.0', 'filtered'], ['5.2.1', 'filtered'], ['5.2.2', 'mailboxfull'], ['5.2.3', 'exceedlimit'], ['5.2.4', 'filtered'],
  ['5.3.0', 'systemerror'], ['5.3.1', 'systemfull'], ['5.3.2', 'notaccept'], ['5.3.3', 'systemerror'],
  ['5.3.4', 'mesgtoobig'], ['5.3.5', 'systemerror'],
  ['5.4.0', 'networkerror'], ['5.4.3', 'systemerror'], ['5.4.4', 'hostunknown'],
  ['5.5.2', 'syntaxerror'], ['5.5.3', 'toomanyconn'], ['5.5.4', 'systemerror'], ['5.5.5', 'systemerror'], ['5.5.6', 'syntaxerror'],
  ['5.6.0', 'contenterror'], ['5.6.1', 'contenterror'], ['5.6.2', 'contenterror'], ['5.6.3', 'contenterror'],
  ['5.6.5', 'contenterror'], ['5.6.6', 'contenterror'], ['5.6.7', 'contenterror'], ['5.6.8', 'contenterror'], ['5.6.9', 'contenterror'],
  ['5.7.0', 'securityerror'], ['5.7.1', 'securityerror'], ['5.7.2', 'securityerror'], ['5.7.3', 'securityerror'],
  ['5.7.4', 'securityerror'], ['5.7.5', 'securityerror'], ['5.7.6', 'securityerror'], ['5.7.7', 'securityerror'],
  ['5.7.8', 'securityerror'], ['5.7.9', 'securityerror'], ['5.7.10', 'securityerror'], ['5.7.11', 'securityerror'],
  ['5.7.13', 'suspend'], ['5.7.14', 'securityerror'], ['5.7.15', 'securityerror'], ['5.7.16', 'mesgtoobig'],
  ['5.7.17', 'hasmoved'], ['5.7.18', 'hasmoved'], ['5.7.19', 'securityerror'],
  ['5.7.20', 'authfailure'], ['5.7.21', 'authfailure'], ['5.7.22', 'authfailure'], ['5.7.23', 'authfailure'],
  ['5.7.24', 'authfailure'], ['5.7.25', 'requireptr'], ['5.7.26', 'authfailure'], ['5.7.27', 'notaccept'],
  ['5.7.28', 'spamdetected'], ['5.7.29', 'authfailure'], ['5.7.30', 'failedstarttls'],
]);

const claimed = new Map<string, Reason>();
for (const rule of REASON_ORDER) {
  for (const s of rule.statuses) if (!claimed.has(s)) claimed.set(s, rule.name);
}

/** Codes whose meaning depends on the text; phrases are tried before them (kept for callers). */
export const GENERIC_STATUSES = new Set(['0.0', '7.0', '7.1', '5.0', '3.0', '2.0', '1.0', '4.0', '6.0']);

/** /^[245]\.0\.\d+$/ (x.0.0, internal 5.0.9xx), without a regex run per record. */
export function isNothingCode(s: string): boolean {
  const c = s.charCodeAt(0);
  if ((c !== 0x32 && c !== 0x34 && c !== 0x35) || s.length < 5 || !s.startsWith('.0.', 1)) return false;
  for (let i = 4; i < s.length; i++) {
    const d = s.charCodeAt(i);
    if (d < 0x30 || d > 0x39) return false;
  }
  return true;
}

/**
 * Answers by code, filled on first use: records carry a few dozen distinct codes, and the lookup itself,
 * inlined into decide(), was a fifth of the largest graph TurboFan compiled in a run (string tests expand
 * into per-character code there; a map hit is one builtin call). Bounded, so that a stream of made-up
 * codes cannot grow it without end.
 */
const KNOWN = new Map<string, Reason | null>();
const KNOWN_MAX = 512;

/** The reason an enhanced status code names on its own, or null (x.0.0, internal 5.0.9xx, unknown). */
export function reasonForStatus(status: string | null | undefined): Reason | null {
  if (!status) return null;
  const known = KNOWN.get(status);
  if (known !== undefined) return known;
  const reason = lookUp(status);
  if (KNOWN.size >= KNOWN_MAX) KNOWN.clear();
  KNOWN.set(status, reason);
  return reason;
}

function lookUp(status: string): Reason | null {
  if (isNothingCode(status)) return null;
  const exact = EXACT.get(status);
  if (exact) return exact;
  const detail = Number(status.split('.')[2] ?? '0');
  return detail > 30 ? claimed.get(status) ?? null : null;
}
