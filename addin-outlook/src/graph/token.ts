/// <reference types="office-js" />
// Nested app authentication: MSAL running inside the Office host, admin-consented Mail.Read. MSAL is
// imported only here and only when Graph is configured, so the pane never downloads it otherwise.

export const GRAPH_SCOPES = ['Mail.Read'];

export interface NaaConfig {
  clientId: string;
  /** https://login.microsoftonline.com/<tenant> or /organizations. */
  authority: string;
}

export type TokenSource = () => Promise<string>;

/** Returns a token getter, or a reason why Graph cannot be used on this client. */
export function naaTokenSource(cfg: NaaConfig, naaSupported: boolean): { get: TokenSource | null; reason: string } {
  if (!naaSupported) return { get: null, reason: 'NestedAppAuth 1.1 is not supported by this Outlook' };
  type Pca = { acquireTokenSilent(r: { scopes: string[] }): Promise<{ accessToken: string }>; acquireTokenPopup(r: { scopes: string[] }): Promise<{ accessToken: string }> };
  let pca: Promise<Pca> | null = null;
  const get: TokenSource = async () => {
    if (!pca) {
      pca = import('@azure/msal-browser').then(
        (msal) => msal.createNestablePublicClientApplication({ auth: { clientId: cfg.clientId, authority: cfg.authority } }) as Promise<Pca>,
      );
      // A failed load or init must be retried next time, not cached forever.
      pca.catch(() => (pca = null));
    }
    const app = await pca;
    const req = { scopes: GRAPH_SCOPES };
    try {
      return (await app.acquireTokenSilent(req)).accessToken;
    } catch {
      // Silent fails on first use or after consent changes; a popup is the documented next step.
      return (await app.acquireTokenPopup(req)).accessToken;
    }
  };
  return { get, reason: '' };
}
