// Org config from policies.json (3rdparty.Extensions.<id>, read through storage.managed) and the
// display language. Invalid fields are reported to the pane and fall back to defaults; an absent
// policy is normal (no errors).
import { parseConfig, DEFAULT_CONFIG, FIELDS, type Locale, type OrgConfig } from '../core.js';
import type { Messenger } from '../types/messenger.js';

export interface Settings {
  config: OrgConfig;
  /** Admin-facing problems with the managed config, shown in the pane. */
  errors: string[];
  locale: Locale;
}

export function pickLocale(config: Pick<OrgConfig, 'language'>, uiLanguage: string | null | undefined): Locale {
  if (config.language === 'ja' || config.language === 'en') return config.language;
  return typeof uiLanguage === 'string' && uiLanguage.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/**
 * Windows Group Policy delivers 3rdparty values from the registry: REG_DWORD arrives as a number and
 * there is no boolean type. Read 0/1 (and "true"/"false" from REG_SZ) as booleans for boolean fields,
 * so the same setting works from policies.json, the registry and a macOS profile.
 */
export function fromRegistryShapes(managed: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...managed };
  for (const [key, value] of Object.entries(managed)) {
    const spec = (FIELDS as Record<string, { kind: string } | undefined>)[key];
    if (!spec) continue;
    if (spec.kind === 'boolean') {
      if (value === 0 || value === 1) out[key] = value === 1;
      else if (value === 'true' || value === 'false') out[key] = value === 'true';
    }
  }
  return out;
}

export async function loadSettings(api: Pick<Messenger, 'storage' | 'i18n'>): Promise<Settings> {
  let managed: Record<string, unknown>;
  try {
    managed = (await api.storage.managed.get(null)) ?? {};
  } catch {
    // No policy for this add-in: Thunderbird rejects storage.managed.get. Defaults apply.
    managed = {};
  }
  let parsed: { config: OrgConfig; errors: string[] };
  try {
    parsed = parseConfig(fromRegistryShapes(managed));
  } catch (e) {
    parsed = { config: { ...DEFAULT_CONFIG }, errors: [`managed config could not be read: ${String(e)}`] };
  }
  let ui = 'en';
  try {
    ui = api.i18n.getUILanguage();
  } catch {
    /* keep en */
  }
  return { config: parsed.config, errors: parsed.errors, locale: pickLocale(parsed.config, ui) };
}
