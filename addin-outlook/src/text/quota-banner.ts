// The quota banner for a new compose window, from the user's own MailTips (mailboxFullStatus).
import type { Locale, OrgConfig } from '@bounce-doctor/core';
import { advice } from './advice-module.js';
import type { MailTip } from '../graph/client.js';
import { clip } from './warnings.js';

export function quotaBannerFromTips(tips: MailTip[], me: string, locale: Locale, config: OrgConfig): string {
  const mine = tips.find((t) => t.address.toLowerCase() === me.toLowerCase());
  if (!mine || mine.mailboxFull !== true) return '';
  const a = advice.quotaAdvice('full', null, locale, config);
  return clip(a.text && `${a.title}. ${a.text}`.length <= 150 ? `${a.title}. ${a.text}` : a.title, 150);
}
