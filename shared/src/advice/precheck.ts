// Words for the checks run before sending (the checks themselves live in ../precheck).
import type { Locale } from '../types.js';
import { catalog } from './catalog-store.js';
import { render } from './template.js';
import { formatSize } from './vars.js';

export const PRECHECK_CODES = [
  'address-consecutive-dots', 'address-dot-before-at', 'address-leading-dot', 'address-fullwidth',
  'address-space', 'address-invalid', 'size-over-limit', 'carrier-pc-mail',
] as const;
export type PrecheckCode = (typeof PRECHECK_CODES)[number];

export interface PrecheckParams {
  /** The address concerned, as typed. */
  address?: string | null;
  /** Size of the message being sent, in MB. */
  sizeMb?: number | null;
  /** The provider's limit, in MB (from the org config). */
  limitMb?: number | null;
  /** Carrier name for carrier-pc-mail ("docomo", "au", "SoftBank"...). */
  carrier?: string | null;
}

export interface PrecheckText {
  code: string;
  title: string;
  message: string;
}

export function precheckText(code: PrecheckCode | string, params: PrecheckParams | null | undefined, locale: Locale): PrecheckText {
  const cat = catalog(locale);
  const p = params ?? {};
  const e = cat.precheck[code] ?? cat.precheck['address-invalid']!;
  const vars = {
    address: p.address ? String(p.address).slice(0, 320) : null,
    size: formatSize(p.sizeMb ?? null, locale),
    limit: formatSize(p.limitMb ?? null, locale),
    carrier: p.carrier ? String(p.carrier).slice(0, 40) : null,
  };
  const title = render(e.title, vars) ?? code;
  return { code, title, message: render(e.message, vars) ?? title };
}
