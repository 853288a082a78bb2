// The plain text the "copy details for the helpdesk" button puts on the clipboard. Pure, so it is tested
// without a browser. It carries the facts a helpdesk asks for: who sent what to whom, when, and the
// server's exact words.
import type { Diagnosis, Locale } from '../types.js';
import type { Advice } from '../advice/types.js';
import { uiStrings } from './strings.js';
import { formatDate, listedRecipients } from './format.js';

const MAX_WORDS = 2000;

export function helpdeskText(d: Diagnosis, advice: readonly Advice[], locale: Locale): string {
  const ui = uiStrings(locale);
  const lines: string[] = [ui.helpdeskTitle, ''];
  const o = d.original;
  const push = (label: string, value: string | null | undefined): void => {
    if (value && value.trim()) lines.push(`${label}: ${value.replace(/\s+/g, ' ').trim()}`);
  };
  push(ui.originalFrom, o?.from);
  push(ui.originalTo, o?.to.join(', '));
  push(ui.originalSubject, o?.subject);
  push(ui.originalDate, o?.date ? `${formatDate(o.date, locale)} (${o.date.trim()})` : null);
  push(ui.bounceDate, d.bounceDate ? `${formatDate(d.bounceDate, locale)} (${d.bounceDate.trim()})` : null);
  if (d.forwarded) lines.push(ui.forwardedNote);
  listedRecipients(d).forEach((r, i) => {
    const a = advice[i];
    lines.push('');
    lines.push(`${i + 1}. ${r.address || '?'}`);
    if (a) push(`   ${ui.causeHeading}`, a.title);
    push(`   ${ui.reasonCode}`, r.detail ? `${r.reason} (${r.detail})` : r.reason);
    push(`   ${ui.statusCode}`, [r.replyCode, r.status].filter(Boolean).join(' '));
    push(`   ${ui.remoteServer}`, r.remoteMta);
    const words = (a?.serverWords || r.diagnostic || '').trim();
    if (words) lines.push(`   ${ui.serverWordsHeading}:`, `   ${words.slice(0, MAX_WORDS)}`);
  });
  return lines.join('\n');
}
