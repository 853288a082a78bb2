// Exchange quota warning mails (IPM.Note.StorageQuotaWarning.*): level from the class, sizes from the body
// when it states them. The body wording varies by Exchange version and language, so only sizes with a unit
// are read; anything else falls back to the class alone.
import type { ItemInfo } from '../office/item.js';

export interface QuotaReading {
  used: number;
  limit: number;
  level: 'warn' | 'critical' | 'full';
  /** True when used/limit came from the mail text rather than the class alone. */
  measured: boolean;
}

const UNITS: Record<string, number> = { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4 };
// Linear: a number, optional space, a unit; no nested quantifiers.
const SIZE = /(\d{1,7}(?:[.,]\d{1,3})?)\s?(KB|MB|GB|TB)\b/gi;

export function sizesIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.slice(0, 20_000).matchAll(SIZE)) {
    const n = Number(m[1]!.replace(',', '.'));
    const u = UNITS[m[2]!.toLowerCase()];
    if (Number.isFinite(n) && u) out.push(Math.round(n * u));
    if (out.length >= 10) break;
  }
  return out;
}

export function quotaFromMail(cls: NonNullable<ItemInfo['quotaClass']>, body: string, configuredLimit: number | null): QuotaReading {
  const level = cls === 'SendReceive' ? 'full' : cls === 'Send' ? 'critical' : 'warn';
  const sizes = sizesIn(body);
  if (sizes.length >= 2) {
    const used = sizes[0]!;
    const limit = Math.max(...sizes.slice(1));
    if (limit > 0) return { used, limit, level, measured: true };
  }
  // Without numbers, show the level with a nominal meter: full = 100 %, critical = 95 %, warn = 80 %.
  const limit = configuredLimit && configuredLimit > 0 ? configuredLimit : 100;
  const ratio = level === 'full' ? 1 : level === 'critical' ? 0.95 : 0.8;
  return { used: Math.round(limit * ratio), limit, level, measured: false };
}
