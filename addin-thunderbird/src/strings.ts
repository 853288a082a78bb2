// Words that belong to the Thunderbird shell itself (buttons, fallbacks while a text is missing from
// the shared advice catalog). Advice and verdicts come from the shared core, not from here.
import type { Locale } from './core.js';

const en = {
  openPane: 'Details and how to fix',
  dismiss: 'Dismiss',
  failedOne: 'Not delivered to {to}: {reason}',
  failedMany: 'Not delivered to {n} recipients: {to} and others',
  delayedOne: 'Still trying to deliver to {to} (not failed yet)',
  delayedMany: 'Still trying to deliver to {n} recipients (not failed yet)',
  quotaWarn: 'Mailbox "{account}" is {percent}% full. Mail sent to you will soon bounce.',
  quotaCritical: 'Mailbox "{account}" is {percent}% full. Mail sent to you will bounce any moment now.',
  quotaFull: 'Mailbox "{account}" is full ({percent}%). Mail sent to you is bouncing.',
  quotaFix: 'Empty Trash and Junk, delete or archive large mail.',
  quotaNone: 'The server does not report a quota for this account (POP, Local Folders or no IMAP QUOTA support).',
  quotaNotImap: 'No quota information: only IMAP accounts report one.',
  presendTitle: 'Check before sending',
  presendSendAnyway: 'Send anyway',
  presendBack: 'Back to editing',
  presendBlocked: 'Your administrator does not allow sending this message until it is fixed.',
  menuDiagnose: 'Diagnose this bounce (Bounce Doctor)',
  notBounce: 'This message is not a bounce.',
  noMessage: 'No message selected.',
  configErrors: 'Problems in the managed configuration (policies.json); defaults are used for these fields:',
  quotaTitle: 'Mailbox quota',
} as const;

type Key = keyof typeof en;

const ja: Record<Key, string> = {
  openPane: '詳細と対処方法',
  dismiss: '閉じる',
  failedOne: '{to} に届きませんでした: {reason}',
  failedMany: '{n} 件の宛先に届きませんでした: {to} ほか',
  delayedOne: '{to} への配送を再試行中です(まだ失敗ではありません)',
  delayedMany: '{n} 件の宛先への配送を再試行中です(まだ失敗ではありません)',
  quotaWarn: 'メールボックス「{account}」の使用量が {percent}% です。まもなくあなた宛てのメールが届かなくなります。',
  quotaCritical: 'メールボックス「{account}」の使用量が {percent}% です。いつあなた宛てのメールが戻されてもおかしくありません。',
  quotaFull: 'メールボックス「{account}」が満杯です({percent}%)。あなた宛てのメールは送信者に戻されています。',
  quotaFix: 'ごみ箱と迷惑メールを空にし、大きなメールを削除またはアーカイブしてください。',
  quotaNone: 'このアカウントのサーバーは容量を報告していません(POP、ローカルフォルダー、または IMAP QUOTA 非対応)。',
  quotaNotImap: '容量の情報はありません: 容量を報告するのは IMAP アカウントだけです。',
  presendTitle: '送信前の確認',
  presendSendAnyway: 'このまま送信',
  presendBack: '編集に戻る',
  presendBlocked: '管理者の設定により、修正するまでこのメールは送信できません。',
  menuDiagnose: 'このエラーメールを診断 (Bounce Doctor)',
  notBounce: 'このメールはエラーメールではありません。',
  noMessage: 'メールが選択されていません。',
  configErrors: '管理設定 (policies.json) に問題があります。次の項目は既定値を使います:',
  quotaTitle: 'メールボックスの容量',
};

const catalogs: Record<Locale, Record<Key, string>> = { en, ja };

export type StringKey = Key;

/** A shell string with {name} placeholders filled; unknown placeholders stay visible, never "undefined". */
export function t(locale: Locale, key: Key, params: Record<string, string | number> = {}): string {
  const s = catalogs[locale]?.[key] ?? en[key];
  return s.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
