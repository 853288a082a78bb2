// Warning texts come from the shared advice catalog; the precheck speaks bytes, the catalog MB.
import * as advice from '../../../shared/src/advice/index.js';
import type { PrecheckWarning } from '../background/before-send.js';
import type { Locale } from '../core.js';

const MiB = 1024 * 1024;

export function warningText(w: PrecheckWarning, locale: Locale): { title: string; message: string } {
  const p = w.params;
  const r = advice.precheckText(w.code, {
    address: w.address ?? null,
    sizeMb: typeof p.size === 'number' ? Math.round((p.size / MiB) * 10) / 10 : null,
    limitMb: typeof p.limit === 'number' ? Math.round((p.limit / MiB) * 10) / 10 : null,
    carrier: typeof p.carrier === 'string' ? p.carrier : null,
  }, locale);
  return { title: r.title, message: r.message };
}

