// The quota banner for a new compose window, from the user's own MailTips (mailboxFullStatus).
import type { Locale, OrgConfig } from '@bounce-doctor/core';
import type { MailTip } from '../graph/client.js';
import { clip } from './warnings.js';

export function quotaBannerFromTips(tips: MailTip[], me: string, locale: Locale, config: OrgConfig): string {
  const mine = tips.find((t) => t.address.toLowerCase() === me.toLowerCase());
  if (!mine || mine.mailboxFull !== true) return '';
  const who = config.providerName ?? (locale === 'ja' ? '管理者' : 'your administrator');
  return clip(
    locale === 'ja'
      ? `メールボックスが満杯です。新しいメールを受け取れません。不要なメールを削除するか、${who}に容量の追加を相談してください。`
      : `Your mailbox is full and cannot receive new mail. Delete mail you no longer need, or ask ${who} for more space.`,
    150,
  );
}
