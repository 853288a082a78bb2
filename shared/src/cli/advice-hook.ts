// Bridges the CLI to the advice catalog and the org config (loaded from a file).
import { readFileSync } from 'node:fs';
import type { Diagnosis, Locale, RecipientDiagnosis } from '../types.js';
import { adviceJson, adviseRecipient, type AdviceJson } from '../advice/index.js';
import { parseConfig, type OrgConfig } from '../config/index.js';

export function loadConfigFile(path: string): { config: OrgConfig; errors: string[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const r = parseConfig(null);
    return { config: r.config, errors: [`cannot read ${path}: ${(e as Error).message}; using defaults`, ...r.errors] };
  }
  return parseConfig(text);
}

export function adviceFor(d: Diagnosis, r: RecipientDiagnosis, lang: Locale, config: OrgConfig | null): AdviceJson {
  return adviceJson(adviseRecipient(d, r, lang, config ?? parseConfig(null).config));
}
