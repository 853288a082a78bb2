import { describe, expect, it } from 'vitest';
import { parseOutlookSettings, graphFromSettings } from './outlook-settings.js';

const ID = '0f0e0d0c-0b0a-4909-8807-060504030201';

describe('outlook.json', () => {
  it('accepts a complete graph section', () => {
    const r = parseOutlookSettings(JSON.stringify({ graph: { clientId: ID, tenant: 'example.onmicrosoft.com', baseUrl: 'https://graph.microsoft.us' } }));
    expect(r.errors).toEqual([]);
    expect(r.settings.graph).toEqual({ clientId: ID, tenant: 'example.onmicrosoft.com', baseUrl: 'https://graph.microsoft.us' });
  });

  it('names each bad field and keeps the good ones', () => {
    const r = parseOutlookSettings(JSON.stringify({ graph: { clientId: 'nope', tenant: 'ok-tenant', baseUrl: 'http://graph.example.com', extra: 1 } }));
    expect(r.errors.join('\n')).toMatch(/graph\.clientId/);
    expect(r.errors.join('\n')).toMatch(/graph\.baseUrl must be https/);
    expect(r.errors.join('\n')).toMatch(/unknown field graph\.extra/);
    expect(r.settings.graph).toEqual({ tenant: 'ok-tenant' });
  });

  it('allows http only for a loopback stand-in', () => {
    expect(parseOutlookSettings(JSON.stringify({ graph: { clientId: ID, baseUrl: 'http://127.0.0.1:9999' } })).errors).toEqual([]);
  });

  it('reports broken JSON and treats an empty file as "not configured"', () => {
    expect(parseOutlookSettings('{').errors[0]).toMatch(/not JSON/);
    expect(parseOutlookSettings(null)).toEqual({ settings: {}, errors: [] });
  });

  it('gives Graph options only when configured and NAA is available, else the reason', () => {
    expect(graphFromSettings({}, true).reason).toMatch(/not configured/);
    expect(graphFromSettings({ graph: { clientId: ID } }, false).reason).toMatch(/NestedAppAuth 1\.1/);
    const g = graphFromSettings({ graph: { clientId: ID } }, true);
    expect(g.options?.baseUrl).toBe('https://graph.microsoft.com');
  });
});
