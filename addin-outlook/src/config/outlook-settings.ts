// Outlook-only deployment settings (outlook.json beside the pane): Graph via nested app auth. Kept out of
// the shared org config because no other shell has a use for them.
import type { GraphOptions } from '../graph/client.js';
import { naaTokenSource } from '../graph/token.js';

export interface OutlookSettings {
  graph?: {
    /** Entra app registration (SPA, redirect brk-multihub://<host>), admin-consented Mail.Read. */
    clientId?: string;
    /** Tenant id or domain; default "organizations". */
    tenant?: string;
    /** Graph endpoint; default https://graph.microsoft.com (national clouds and tests differ). */
    baseUrl?: string;
  };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseOutlookSettings(text: string | null): { settings: OutlookSettings; errors: string[] } {
  if (!text) return { settings: {}, errors: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { settings: {}, errors: [`outlook.json is not JSON: ${(e as Error).message}`] };
  }
  const errors: string[] = [];
  const g = (raw as { graph?: Record<string, unknown> })?.graph;
  if (g === undefined) return { settings: {}, errors };
  if (typeof g !== 'object' || g === null) return { settings: {}, errors: ['outlook.json: graph must be an object'] };
  const out: NonNullable<OutlookSettings['graph']> = {};
  if (typeof g.clientId === 'string' && GUID.test(g.clientId)) out.clientId = g.clientId;
  else if (g.clientId !== undefined) errors.push('outlook.json: graph.clientId must be the app registration GUID');
  if (typeof g.tenant === 'string' && /^[A-Za-z0-9.-]{1,100}$/.test(g.tenant)) out.tenant = g.tenant;
  else if (g.tenant !== undefined) errors.push('outlook.json: graph.tenant must be a tenant id or domain');
  if (typeof g.baseUrl === 'string' && /^https?:\/\/[^\s]+$/.test(g.baseUrl)) {
    const u = new URL(g.baseUrl);
    // http only for a loopback stand-in; a real Graph endpoint is always https.
    if (u.protocol === 'https:' || u.hostname === '127.0.0.1' || u.hostname === 'localhost') out.baseUrl = g.baseUrl;
    else errors.push('outlook.json: graph.baseUrl must be https');
  } else if (g.baseUrl !== undefined) errors.push('outlook.json: graph.baseUrl must be a URL');
  for (const k of Object.keys(g)) if (!['clientId', 'tenant', 'baseUrl'].includes(k)) errors.push(`outlook.json: unknown field graph.${k}`);
  return { settings: { graph: out }, errors };
}

/** Graph options when configured and usable here, else the reason. */
export function graphFromSettings(s: OutlookSettings, naaSupported: boolean): { options: GraphOptions | null; reason: string } {
  const g = s.graph;
  if (!g?.clientId) return { options: null, reason: 'Graph not configured (outlook.json has no graph.clientId)' };
  const src = naaTokenSource({ clientId: g.clientId, authority: `https://login.microsoftonline.com/${g.tenant ?? 'organizations'}` }, naaSupported);
  if (!src.get) return { options: null, reason: src.reason };
  return { options: { baseUrl: g.baseUrl ?? 'https://graph.microsoft.com', getToken: src.get }, reason: '' };
}
