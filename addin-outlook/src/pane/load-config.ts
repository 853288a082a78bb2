// config.json (org config, shared schema) and outlook.json (Graph settings) from beside the pane,
// chosen by the profile in the manifest URL. Same-origin requests only.
// By path, not through the core's index: the index also brings the diagnosis engine, which the pane
// loads as its own chunk (see main.ts).
import { parseConfig, type OrgConfig } from '../../../shared/src/config/index.js';
import { parseOutlookSettings, type OutlookSettings } from '../config/outlook-settings.js';

export function profileFrom(search: string): string {
  const p = new URLSearchParams(search).get('profile') ?? 'default';
  return /^[A-Za-z0-9_-]{1,40}$/.test(p) ? p : 'default';
}

function fileFor(base: string, profile: string): string {
  return profile === 'default' ? `${base}.json` : `${base}.${profile}.json`;
}

async function fetchText(url: string): Promise<string | null> {
  try {
    const res = await fetch(url, { credentials: 'same-origin', cache: 'no-cache' });
    return res.ok ? await res.text() : null;
  } catch {
    return null;
  }
}

export async function loadConfig(profile: string): Promise<{ config: OrgConfig; outlook: OutlookSettings; errors: string[] }> {
  const [cfgText, outText] = await Promise.all([fetchText(fileFor('config', profile)), fetchText(fileFor('outlook', profile))]);
  const { config, errors } = parseConfig(cfgText);
  const o = parseOutlookSettings(outText);
  return { config, outlook: o.settings, errors: [...errors, ...o.errors] };
}
