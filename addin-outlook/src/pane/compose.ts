/// <reference types="office-js" />
// Compose mode: the same checks the send handler runs, on demand, listed in the pane.
import type { Locale, OrgConfig } from '@bounce-doctor/core';
import type { Capabilities } from '../office/capabilities.js';
import type { PaneStrings } from '../text/pane-strings.js';
import type { GraphOptions } from '../graph/client.js';
import { composeFacts } from '../handlers/compose-facts.js';
import { collectWarnings } from '../handlers/send-check.js';
import { warningLine, mailTipLine } from '../text/warnings.js';

export async function runComposeCheck(
  root: HTMLElement, item: Office.MessageCompose, caps: Capabilities, config: OrgConfig, locale: Locale, t: PaneStrings,
  graph: GraphOptions | null, notes: string[],
): Promise<void> {
  root.hidden = false;
  const h = document.createElement('h3');
  h.textContent = t.composeHeading;
  const btn = document.createElement('button');
  btn.type = 'button';
  btn.className = 'bdo-button';
  btn.textContent = t.composeCheck;
  const out = document.createElement('ul');
  out.dataset.bd = 'compose-warnings';
  const run = async () => {
    out.replaceChildren();
    try {
      const { warnings, tips } = await collectWarnings(composeFacts(item, caps, graph), config);
      const lines = [...warnings.map((w) => warningLine(w, locale)), ...tips.map((x) => mailTipLine(x, locale))];
      for (const l of lines.length ? lines : [t.composeOk]) {
        const li = document.createElement('li');
        li.textContent = l;
        out.append(li);
      }
    } catch (e) {
      notes.push(`compose check: ${(e as Error).message}`);
    }
  };
  btn.addEventListener('click', () => void run());
  root.replaceChildren(h, btn, out);
  await run();
}
