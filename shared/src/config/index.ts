// PLACEHOLDER until the org-config schema lands (issue 3): accepts nothing, returns defaults.
export interface OrgConfig {
  providerName: string | null;
}
export function parseConfig(_text: string | null | unknown): { config: OrgConfig; errors: string[] } {
  return { config: { providerName: null }, errors: [] };
}
