/// <reference types="office-js" />
// Reads the open item into candidate inputs for the core, newest API first, each fallback noted.
import { call, base64ToBytes } from './async.js';
import type { Capabilities } from './capabilities.js';
import type { Candidate } from '../source/kinds.js';

export interface ItemInfo {
  itemClass: string;
  subject: string;
  internetMessageId: string | null;
  /** REPORT.* items: Outlook never hands them to add-ins, but a pinned pane may still be looking at one. */
  isReport: boolean;
  quotaClass: 'Warning' | 'Send' | 'SendReceive' | null;
}

export interface ItemRead {
  info: ItemInfo;
  candidates: Candidate[];
  /** What was tried and skipped, for the diagnostics view. */
  notes: string[];
}

const QUOTA_PREFIX = 'ipm.note.storagequotawarning';
const MAX_ATTACHMENTS = 10;

export function quotaClassOf(itemClass: string): ItemInfo['quotaClass'] {
  const c = itemClass.toLowerCase();
  if (!c.startsWith(QUOTA_PREFIX)) return null;
  const rest = c.slice(QUOTA_PREFIX.length);
  if (rest === '.sendreceive') return 'SendReceive';
  if (rest === '.send') return 'Send';
  return 'Warning';
}

function itemInfo(item: Office.MessageRead): ItemInfo {
  const itemClass = typeof item.itemClass === 'string' ? item.itemClass : '';
  return {
    itemClass,
    subject: typeof item.subject === 'string' ? item.subject : '',
    internetMessageId: typeof item.internetMessageId === 'string' ? item.internetMessageId : null,
    isReport: /^report\./i.test(itemClass),
    quotaClass: quotaClassOf(itemClass),
  };
}

function syntheticHeaders(item: Office.MessageRead): string {
  const lines: string[] = [];
  const from = item.from?.emailAddress;
  if (from) lines.push(`From: ${item.from.displayName ? `"${item.from.displayName.replace(/"/g, "'")}" ` : ''}<${from}>`);
  if (item.subject) lines.push(`Subject: ${item.subject.replace(/[\r\n]+/g, ' ')}`);
  if (item.dateTimeCreated instanceof Date && !isNaN(item.dateTimeCreated.getTime())) lines.push(`Date: ${item.dateTimeCreated.toUTCString()}`);
  if (item.internetMessageId) lines.push(`Message-ID: ${item.internetMessageId}`);
  return lines.join('\r\n');
}

function withoutBodyFraming(headers: string): string {
  // The rebuilt body is plain text, so the original multipart Content-Type would mislead the parser.
  const out: string[] = [];
  let skip = false;
  for (const line of headers.replace(/\r?\n/g, '\r\n').split('\r\n')) {
    if (/^[ \t]/.test(line)) {
      if (!skip) out.push(line);
      continue;
    }
    skip = /^content-(type|transfer-encoding):/i.test(line);
    if (!skip && line.trim()) out.push(line);
  }
  return out.join('\r\n');
}

async function rebuildItem(item: Office.MessageRead, caps: Capabilities, notes: string[]): Promise<string> {
  let headers = '';
  if (caps.internetHeaders.available && typeof item.getAllInternetHeadersAsync === 'function') {
    try {
      headers = withoutBodyFraming(await call<string>((cb) => item.getAllInternetHeadersAsync(cb), 'getAllInternetHeadersAsync'));
    } catch (e) {
      notes.push(`internet headers: ${(e as Error).message}`);
    }
  } else {
    notes.push(`internet headers: ${caps.internetHeaders.reason}`);
  }
  if (!headers) headers = syntheticHeaders(item);
  let body = '';
  try {
    body = await call<string>((cb) => item.body.getAsync('text' as Office.CoercionType, cb), 'body.getAsync');
  } catch (e) {
    notes.push(`body: ${(e as Error).message}`);
  }
  return `${headers}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}`;
}

function looksLikeMessageAttachment(a: Office.AttachmentDetails): boolean {
  const name = (a.name ?? '').toLowerCase();
  const type = (a.contentType ?? '').toLowerCase();
  return (
    String(a.attachmentType).toLowerCase() === 'item' ||
    name.endsWith('.eml') ||
    name.endsWith('.msg') ||
    type === 'message/rfc822' ||
    type === 'application/vnd.ms-outlook'
  );
}

async function readAttachments(item: Office.MessageRead, caps: Capabilities, notes: string[]): Promise<Candidate[]> {
  const list = Array.isArray(item.attachments) ? item.attachments.filter((a) => !a.isInline && looksLikeMessageAttachment(a)) : [];
  if (list.length === 0) return [];
  if (!caps.attachmentContent.available || typeof item.getAttachmentContentAsync !== 'function') {
    notes.push(`attachments: ${list.length} attached message(s) not readable: ${caps.attachmentContent.reason}`);
    return [];
  }
  const out: Candidate[] = [];
  for (const a of list.slice(0, MAX_ATTACHMENTS)) {
    try {
      const content = await call<Office.AttachmentContent>((cb) => item.getAttachmentContentAsync(a.id, cb), `getAttachmentContentAsync(${a.name})`);
      const format = String(content.format).toLowerCase();
      if (format === 'eml') {
        out.push({ origin: 'attachment', label: a.name || 'attached message', input: content.content });
      } else if (format === 'base64') {
        const bytes = base64ToBytes(content.content);
        if ((a.name ?? '').toLowerCase().endsWith('.msg')) {
          const { msgToRfc822 } = await import('../source/msg.js');
          const m = await msgToRfc822(bytes);
          if (m.text) out.push({ origin: 'attachment', label: a.name, input: m.text });
          else notes.push(`attachment ${a.name}: ${m.reason}`);
        } else {
          out.push({ origin: 'attachment', label: a.name || 'attached file', input: bytes });
        }
      } else {
        notes.push(`attachment ${a.name}: format ${format} is not a message`);
      }
    } catch (e) {
      notes.push(`attachment ${a.name}: ${(e as Error).message}`);
    }
  }
  if (list.length > MAX_ATTACHMENTS) notes.push(`attachments: only the first ${MAX_ATTACHMENTS} of ${list.length} were read`);
  return out;
}

/** Reads the open message. Never throws; an unreadable item yields no candidates and notes saying why. */
export async function readOpenItem(item: Office.MessageRead | null | undefined, caps: Capabilities): Promise<ItemRead> {
  const notes: string[] = [];
  if (!item) {
    return { info: { itemClass: '', subject: '', internetMessageId: null, isReport: false, quotaClass: null }, candidates: [], notes: ['no item is open'] };
  }
  const info = itemInfo(item);
  // Outlook does not activate add-ins on REPORT.* items; a pinned pane may still show one. Reading it
  // is not supported, so do not try: the pane explains the other ways in instead.
  if (info.isReport) return { info, candidates: [], notes: [`item class ${info.itemClass}: not readable by add-ins`] };
  const candidates: Candidate[] = [];
  if (caps.getAsFile.available && typeof item.getAsFileAsync === 'function') {
    try {
      const b64 = await call<string>((cb) => item.getAsFileAsync(cb), 'getAsFileAsync', 15_000);
      candidates.push({ origin: 'item-eml', label: info.subject || 'this message', input: base64ToBytes(b64) });
    } catch (e) {
      notes.push(`getAsFileAsync: ${(e as Error).message}; rebuilding from headers and body`);
    }
  } else {
    notes.push(`whole message: ${caps.getAsFile.reason}`);
  }
  if (candidates.length === 0) {
    candidates.push({ origin: 'item-rebuilt', label: info.subject || 'this message', input: await rebuildItem(item, caps, notes) });
  }
  candidates.push(...(await readAttachments(item, caps, notes)));
  return { info, candidates, notes };
}
