// Reads an org config from JSON text or an already-parsed object. Never throws: every problem becomes
// one message naming the field, that field keeps its default, and every other field still applies.
import { DEFAULT_CONFIG, FIELDS, IGNORED_KEYS, type FieldSpec, type OrgConfig } from './schema.js';

export interface ParsedConfig {
  config: OrgConfig;
  errors: string[];
}

/** Longest config text we read; a real one is well under 10 KB. */
export const MAX_CONFIG_CHARS = 200_000;

// Control characters have no place in a name, phone number or hours line shown to users.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const PHONE = /^[0-9\uFF10-\uFF19+()\uFF08\uFF09\-\uFF0D\u2010 \u3000.]{3,40}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,253}$/;

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (typeof v === 'object') return 'an object';
  return String(v);
}

/** Returns the accepted value, or an error message (a string starting with the field name). */
function checkField(name: string, spec: FieldSpec, v: unknown): { ok: true; value: unknown } | { ok: false; error: string } {
  const bad = (want: string) => ({ ok: false as const, error: `field "${name}" ${want} (got ${describe(v)}); using the default` });
  if (v === null) return { ok: true, value: null };
  switch (spec.kind) {
    case 'boolean':
      return typeof v === 'boolean' ? { ok: true, value: v } : bad('must be true or false');
    case 'locale':
      return v === 'ja' || v === 'en' ? { ok: true, value: v } : bad('must be "ja", "en" or null');
    case 'number':
    case 'integer': {
      const range = `between ${spec.min} and ${spec.max}`;
      if (typeof v !== 'number' || !Number.isFinite(v)) return bad(`must be a number ${range}`);
      if (spec.kind === 'integer' && !Number.isInteger(v)) return bad(`must be a whole number ${range}`);
      if (v < 0) return bad(`must not be negative; use a number ${range}`);
      if ((spec.min !== undefined && v < spec.min) || (spec.max !== undefined && v > spec.max)) return bad(`must be ${range}`);
      return { ok: true, value: v };
    }
    case 'url': {
      if (typeof v !== 'string') return bad('must be an https:// address');
      const s = v.trim();
      let u: URL;
      try {
        u = new URL(s);
      } catch {
        return bad('must be a complete https:// address');
      }
      if (u.protocol !== 'https:') return bad('must start with https:// (other schemes are not shown to users)');
      if (u.username || u.password) return bad('must not carry a user name or password');
      if (s.length > 2000) return bad('is too long (2000 characters at most)');
      return { ok: true, value: u.href };
    }
    case 'string':
    case 'phone': {
      if (typeof v !== 'string') return bad('must be text');
      const s = v.trim();
      const max = spec.maxLength ?? 200;
      if (!s) return { ok: true, value: null };
      if (s.length > max) return bad(`is too long (${max} characters at most)`);
      if (CONTROL.test(s)) return bad('must not contain control characters or line breaks');
      if (spec.kind === 'phone' && !PHONE.test(s)) return bad('must be a phone number (digits, spaces, + - ( ) only)');
      if (name === 'helpdeskEmail' && !EMAIL.test(s)) return bad('must be a mail address');
      return { ok: true, value: s };
    }
  }
}

export function parseConfig(input: string | object | null | undefined | unknown): ParsedConfig {
  const config: OrgConfig = { ...DEFAULT_CONFIG };
  const errors: string[] = [];
  if (input === null || input === undefined) return { config, errors };
  let raw: unknown = input;
  if (typeof input === 'string') {
    if (!input.trim()) return { config, errors };
    if (input.length > MAX_CONFIG_CHARS) return { config, errors: [`config is larger than ${MAX_CONFIG_CHARS} characters; using defaults`] };
    try {
      raw = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (e) {
      return { config, errors: [`config is not valid JSON (${e instanceof Error ? e.message : String(e)}); using defaults`] };
    }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { config, errors: [`config must be a JSON object with named fields (got ${describe(raw)}); using defaults`] };
  }
  const known = new Set(Object.keys(FIELDS));
  const target = config as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (IGNORED_KEYS.includes(key)) continue;
    if (!known.has(key)) {
      const near = suggest(key, known);
      errors.push(`unknown field "${key}" ignored${near ? ` (did you mean "${near}"?)` : ''}`);
      continue;
    }
    const spec = FIELDS[key as keyof OrgConfig];
    const r = checkField(key, spec, value);
    if (!r.ok) {
      errors.push(r.error);
      continue;
    }
    // null on a field with a non-null default means "back to the default".
    target[key] = r.value === null ? (DEFAULT_CONFIG as unknown as Record<string, unknown>)[key] : r.value;
  }
  if (config.quotaWarnPercent >= config.quotaCriticalPercent) {
    errors.push(`field "quotaWarnPercent" (${config.quotaWarnPercent}) must be below "quotaCriticalPercent" (${config.quotaCriticalPercent}); using 80 and 95`);
    config.quotaWarnPercent = DEFAULT_CONFIG.quotaWarnPercent;
    config.quotaCriticalPercent = DEFAULT_CONFIG.quotaCriticalPercent;
  }
  if (config.quotaMb !== null && config.quotaUpgradeMb !== null && config.quotaUpgradeMb <= config.quotaMb) {
    errors.push(`field "quotaUpgradeMb" (${config.quotaUpgradeMb}) must be larger than "quotaMb" (${config.quotaMb}); ignored`);
    config.quotaUpgradeMb = null;
  }
  return { config, errors };
}

/** A known field that differs only in case or by a small typo, to name in the message. */
function suggest(key: string, known: Set<string>): string | null {
  const k = key.toLowerCase();
  let best: string | null = null;
  let bestD = 3;
  for (const name of known) {
    const d = distance(k, name.toLowerCase(), bestD);
    if (d < bestD) {
      bestD = d;
      best = name;
    }
  }
  return best;
}

// Bounded edit distance: keys are short (<= 40 chars checked), so this stays cheap.
function distance(a: string, b: string, cap: number): number {
  if (a.length > 40 || b.length > 40 || Math.abs(a.length - b.length) >= cap) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
