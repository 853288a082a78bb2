// The only bridge to the shared advice catalog for pre-send wording: maps the precheck module's params
// (bytes) to the catalog's (MB) and returns one line.
import type { Locale } from '@bounce-doctor/core';
import { advice } from './advice-module.js';

const MB = 1024 * 1024;

export function precheckText(code: string, params: Record<string, string | number>, locale: Locale): string {
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const size = num(params.size);
  const limit = num(params.limit);
  const t = advice.precheckText(
    code,
    {
      address: typeof params.address === 'string' ? params.address : null,
      sizeMb: size === null ? null : Math.round((size / MB) * 10) / 10,
      limitMb: limit === null ? null : Math.round((limit / MB) * 10) / 10,
      carrier: typeof params.carrier === 'string' ? params.carrier : null,
    },
    locale,
  );
  return t.title;
}
