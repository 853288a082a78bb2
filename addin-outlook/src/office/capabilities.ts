/// <reference types="office-js" />
// What this Outlook client can do, decided once from isSetSupported and kept with the reason, so the
// diagnostics view can say why a fallback was taken (Message Header Analyzer does the same).

export type Feature =
  | 'getAsFile' // whole item as EML (Mailbox 1.14)
  | 'attachmentContent' // attachment bytes / item attachments as EML (Mailbox 1.8)
  | 'internetHeaders' // all internet headers of the read item (Mailbox 1.8)
  | 'notifications' // notificationMessages banners (Mailbox 1.3)
  | 'smartAlerts' // OnMessageSend completed({allowEvent:false, errorMessage}) (Mailbox 1.12)
  | 'sendModeOverride' // completed({sendModeOverride: PromptUser}) (Mailbox 1.14)
  | 'composeAttachments' // getAttachmentsAsync in compose (Mailbox 1.8)
  | 'nestedAppAuth'; // MSAL nested app authentication (NestedAppAuth 1.1)

interface Requirement {
  set: string;
  version: string;
  /** What the pane or handler does instead, in words for the diagnostics view. */
  fallback: string;
}

export const REQUIREMENTS: Readonly<Record<Feature, Requirement>> = {
  getAsFile: { set: 'Mailbox', version: '1.14', fallback: 'rebuilds the message from its internet headers, body text and attachments' },
  attachmentContent: { set: 'Mailbox', version: '1.8', fallback: 'cannot open attached bounces; asks the user to drag the file onto the pane' },
  internetHeaders: { set: 'Mailbox', version: '1.8', fallback: 'reads the body text only, without the original headers' },
  notifications: { set: 'Mailbox', version: '1.3', fallback: 'shows the summary in the pane only, no banner above the message' },
  smartAlerts: { set: 'Mailbox', version: '1.12', fallback: 'no send-time check; the compose pane still checks on demand' },
  sendModeOverride: { set: 'Mailbox', version: '1.14', fallback: 'uses the send mode from the manifest' },
  composeAttachments: { set: 'Mailbox', version: '1.8', fallback: 'estimates the size from the body only' },
  nestedAppAuth: { set: 'NestedAppAuth', version: '1.1', fallback: 'Microsoft Graph features are off (the NDR list and MailTips)' },
};

export interface CapabilityRecord {
  feature: Feature;
  available: boolean;
  requirement: string;
  /** Why it is off and what happens instead; empty when available. */
  reason: string;
}

export type Capabilities = Record<Feature, CapabilityRecord>;

type RequirementsApi = { isSetSupported(name: string, minVersion?: string): boolean } | undefined;

/** Never throws: a client whose requirements API itself is broken gets everything marked unavailable. */
export function detectCapabilities(requirements: RequirementsApi): Capabilities {
  const out = {} as Capabilities;
  for (const feature of Object.keys(REQUIREMENTS) as Feature[]) {
    const r = REQUIREMENTS[feature];
    const requirement = `${r.set} ${r.version}`;
    let available = false;
    let why = '';
    try {
      available = !!requirements && requirements.isSetSupported(r.set, r.version) === true;
      if (!available) why = requirements ? `${requirement} not supported by this Outlook` : 'Office requirements API missing';
    } catch (e) {
      why = `isSetSupported(${r.set}, ${r.version}) threw: ${e instanceof Error ? e.message : String(e)}`;
    }
    out[feature] = { feature, available, requirement, reason: available ? '' : `${why}; ${r.fallback}` };
  }
  return out;
}

/** Reasons for every fallback taken, in a stable order, for the diagnostics view. */
export function fallbackReasons(c: Capabilities): string[] {
  return (Object.keys(REQUIREMENTS) as Feature[]).filter((f) => !c[f].available).map((f) => `${f}: ${c[f].reason}`);
}
