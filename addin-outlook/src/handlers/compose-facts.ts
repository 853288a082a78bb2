/// <reference types="office-js" />
// ComposeFacts read from the Office compose item, each call bounded by office/async's timeout.
import { call } from '../office/async.js';
import type { Capabilities } from '../office/capabilities.js';
import type { ComposeFacts } from './send-check.js';
import { getMailTips, type GraphOptions } from '../graph/client.js';

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function format(d: Office.EmailAddressDetails): string {
  // Keep what the user typed: the precheck reads display-name forms itself.
  const addr = d.emailAddress ?? '';
  return d.displayName && d.displayName !== addr ? `${d.displayName} <${addr}>` : addr;
}

export function composeFacts(item: Office.MessageCompose, caps: Capabilities, graph: GraphOptions | null): ComposeFacts {
  return {
    async recipients() {
      const fields = [item.to, item.cc, item.bcc].filter((f): f is Office.Recipients => !!f && typeof f.getAsync === 'function');
      const lists = await Promise.all(fields.map((f, i) => call<Office.EmailAddressDetails[]>((cb) => f.getAsync(cb), `recipients[${i}].getAsync`, 3_000)));
      return lists.flat().map(format).filter(Boolean);
    },
    async sizes() {
      const html = await call<string>((cb) => item.body.getAsync('html' as Office.CoercionType, cb), 'body.getAsync', 3_000);
      let attachmentBytes: number[] = [];
      if (caps.composeAttachments.available && typeof item.getAttachmentsAsync === 'function') {
        const list = await call<Office.AttachmentDetailsCompose[]>((cb) => item.getAttachmentsAsync(cb), 'getAttachmentsAsync', 3_000);
        attachmentBytes = list.filter((a) => String(a.attachmentType).toLowerCase() === 'file').map((a) => (typeof a.size === 'number' ? a.size : 0));
      }
      return { bodyBytes: utf8Length(html), attachmentBytes };
    },
    mailTips: graph ? (addresses) => getMailTips(graph, addresses) : undefined,
  };
}

export function notify(item: { notificationMessages?: Office.NotificationMessages }, key: string, message: string): Promise<void> {
  const nm = item.notificationMessages;
  if (!nm) return Promise.resolve();
  if (!message) return call<void>((cb) => nm.removeAsync(key, cb), 'notificationMessages.removeAsync', 3_000).catch(() => undefined);
  const details = { type: 'informationalMessage', message: message.slice(0, 150), icon: 'Icon.16', persistent: false } as Office.NotificationMessageDetails;
  return call<void>((cb) => nm.replaceAsync(key, details, cb), 'notificationMessages.replaceAsync', 3_000).catch(() => undefined);
}
