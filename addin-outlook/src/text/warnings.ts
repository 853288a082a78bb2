// One line per pre-send warning, for the Smart Alerts dialog and the recipients banner.
// Wording comes from the advice catalog (precheckText); this file only frames it for Outlook's limits.
import type { Locale } from '@bounce-doctor/core';
import type { MailTip } from '../graph/client.js';
import { precheckText } from './catalog.js';

type Warning = { code: string; address?: string; params: Record<string, string | number> };

export function warningLine(w: Warning, locale: Locale): string {
  const text = precheckText(w.code, { ...w.params, ...(w.address ? { address: w.address } : {}) }, locale);
  return w.address && !text.includes(w.address) ? `${w.address}: ${text}` : text;
}

export function mailTipLine(t: MailTip, locale: Locale): string {
  if (t.mailboxFull) {
    return locale === 'ja' ? `${t.address}: 相手のメールボックスが満杯で、今は受け取れません。` : `${t.address}: the recipient's mailbox is full and cannot receive mail now.`;
  }
  const mbText = t.maxMessageSize ? (t.maxMessageSize / 1024 / 1024).toFixed(1) : '?';
  return locale === 'ja'
    ? `${t.address}: 相手が受け取れるのは ${mbText} MB までです。このメールはそれより大きくなります。`
    : `${t.address}: accepts mail up to ${mbText} MB; this mail is larger.`;
}

export function sendDialogText(lines: string[], locale: Locale, max: number): string {
  const head = locale === 'ja' ? 'このまま送ると届かないおそれがあります:' : 'This mail may not arrive as it is:';
  let out = head;
  let shown = 0;
  for (const l of lines) {
    const next = `${out}\n• ${l}`;
    if (next.length > max - 12) break;
    out = next;
    shown++;
  }
  const rest = lines.length - shown;
  if (rest > 0) out += locale === 'ja' ? `\n（ほか${rest}件）` : `\n(+${rest} more)`;
  return out.slice(0, max);
}

/** The recipients-changed banner: one line, within notificationMessages' 150 characters. */
export function recipientsBanner(warnings: Warning[], locale: Locale): string {
  const first = warnings[0];
  if (!first) return '';
  const line = warningLine(first, locale);
  const more = warnings.length > 1 ? (locale === 'ja' ? `（ほか${warnings.length - 1}件）` : ` (+${warnings.length - 1} more)`) : '';
  return clip(`${line}${more}`, 150);
}

export function clip(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}
