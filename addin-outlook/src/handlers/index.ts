/// <reference types="office-js" />
// Event handlers (LaunchEvent). Built into ONE file with no import/require (classic Outlook on Windows runs
// it in a bare JavaScript runtime); the names below must match FunctionName in the manifest.
import { parseConfig, type Locale } from '@bounce-doctor/core';
import { detectCapabilities } from '../office/capabilities.js';
import { decideSend } from './send-check.js';
import { composeFacts, notify } from './compose-facts.js';
import { recipientsBanner } from '../text/warnings.js';
import { collectWarnings } from './send-check.js';
import { graphFromSettings, type OutlookSettings } from '../config/outlook-settings.js';
import { quotaBannerFromTips } from '../text/quota-banner.js';
import { getMailTips } from '../graph/client.js';

declare const __BD_CONFIG__: string;
declare const __BD_OUTLOOK__: string;

type CompletableEvent = { completed(options?: Record<string, unknown>): void };

const { config } = parseConfig(typeof __BD_CONFIG__ === 'string' ? __BD_CONFIG__ : '{}');
let outlook: OutlookSettings = {};
try {
  outlook = JSON.parse(typeof __BD_OUTLOOK__ === 'string' ? __BD_OUTLOOK__ : '{}') as OutlookSettings;
} catch {
  outlook = {};
}

function locale(): Locale {
  if (config.language) return config.language;
  const lang = (Office?.context?.displayLanguage ?? '').toLowerCase();
  return lang.startsWith('ja') ? 'ja' : 'en';
}

function env() {
  const caps = detectCapabilities(Office?.context?.requirements);
  const graph = graphFromSettings(outlook, caps.nestedAppAuth.available).options;
  return { caps, graph, item: Office.context.mailbox.item as unknown as Office.MessageCompose };
}

/** Hard ceiling per event, above the send check's own budget: whatever hangs, the event completes. */
export const EVENT_DEADLINE_MS = 8_000;

/** Always completes the event exactly once, whatever happens; on failure or timeout the mail may go. */
function guarded(name: string, body: (event: CompletableEvent) => Promise<Record<string, unknown> | undefined>) {
  return (event: CompletableEvent) => {
    let done = false;
    const fallback = name === 'onMessageSend' ? { allowEvent: true } : undefined;
    const finish = (opts?: Record<string, unknown>) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        event.completed(opts);
      } catch {
        /* nothing else can be done; Outlook falls back to its send mode */
      }
    };
    const timer = setTimeout(() => {
      console.warn(`bounce-doctor ${name}: no answer within ${EVENT_DEADLINE_MS} ms, letting the event go`);
      finish(fallback);
    }, EVENT_DEADLINE_MS);
    let started: Promise<Record<string, unknown> | undefined>;
    try {
      started = body(event);
    } catch (e) {
      started = Promise.reject(e);
    }
    started.then(finish, (e) => {
      console.warn(`bounce-doctor ${name}: ${e instanceof Error ? e.message : String(e)}`);
      finish(fallback);
    });
  };
}

export const onMessageSend = guarded('onMessageSend', async () => {
  const { caps, graph, item } = env();
  const d = await decideSend(composeFacts(item, caps, graph), config, locale());
  if (d.allow) return { allowEvent: true };
  const opts: Record<string, unknown> = { allowEvent: false, errorMessage: d.message };
  // 1.14+: always offer "Send anyway", whatever the manifest says: our warnings are advice.
  if (caps.sendModeOverride.available) opts.sendModeOverride = 'promptUser';
  return opts;
});

export const onMessageRecipientsChanged = guarded('onMessageRecipientsChanged', async () => {
  const { caps, item } = env();
  if (!config.precheckEnabled || !caps.notifications.available) return undefined;
  const { warnings } = await collectWarnings({ ...composeFacts(item, caps, null), sizes: async () => null }, config);
  await notify(item, 'bdPrecheck', recipientsBanner(warnings, locale()));
  return undefined;
});

export const onNewMessageCompose = guarded('onNewMessageCompose', async () => {
  const { caps, graph, item } = env();
  const me = Office.context.mailbox.userProfile?.emailAddress;
  if (!graph || !me || !caps.notifications.available) return undefined;
  const tips = await getMailTips(graph, [me]);
  const banner = quotaBannerFromTips(tips, me, locale(), config);
  if (banner) await notify(item, 'bdQuota', banner);
  return undefined;
});

// Registration: Office.actions.associate is how both runtimes (HTML page and JS-only) find handlers.
if (typeof Office !== 'undefined' && Office.actions && typeof Office.actions.associate === 'function') {
  Office.actions.associate('onMessageSend', onMessageSend);
  Office.actions.associate('onMessageRecipientsChanged', onMessageRecipientsChanged);
  Office.actions.associate('onNewMessageCompose', onNewMessageCompose);
}
