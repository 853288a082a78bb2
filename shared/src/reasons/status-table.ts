// Enhanced status code -> reason, built from the reason files. Codes listed by two reasons resolve to the
// first in REASON_ORDER. Generic codes (x.0.0, x.7.1 and other catch-alls) are left to phrases first.
import type { Reason } from '../types.js';
import { REASON_ORDER } from './order.js';

const table = new Map<string, Reason>();
for (const rule of REASON_ORDER) {
  for (const s of rule.statuses) {
    const key = s.slice(2); // "1.1" from "5.1.1": the class (4/5) does not change the reason
    if (!table.has(key)) table.set(key, rule.name);
  }
}

/** Codes whose meaning depends on the text; phrases are tried before them. */
export const GENERIC_STATUSES = new Set(['0.0', '7.0', '7.1', '5.0', '3.0', '2.0', '1.0', '4.0', '6.0', '0.900', '1.0']);

export function reasonForStatus(status: string | null): Reason | null {
  if (!status) return null;
  return table.get(status.slice(2)) ?? null;
}
