// The Outlook shell's own words (the verdict itself comes from the shared pane). One catalog, two languages.
import type { Locale } from '@bounce-doctor/core';

const EN = {
  sourceHeading: 'Other bounces',
  reportHint:
    'Outlook does not let add-ins open "Undeliverable" reports. To diagnose one: drag it from the message list onto this pane, or forward it to yourself as an attachment and open that mail.',
  reportHintGraph: 'Or pick it from the list of recent reports below.',
  reportHintNoGraph: 'Your mail administrator can also turn on a list of recent reports here (Microsoft Graph option).',
  dropLabel: 'Drop a bounce here (.eml or .msg), or choose a file',
  chooseFile: 'Choose file…',
  pasteLabel: 'Or paste the bounce text',
  pasteButton: 'Diagnose pasted text',
  graphList: 'Show recent undeliverable reports',
  graphOwnBounces: 'Find bounces of this message',
  graphEmpty: 'No undeliverable reports found.',
  graphFailed: 'Could not read the reports from Microsoft 365. Details are under Diagnostics.',
  graphNoneForItem: 'No bounce of this message was found among recent reports.',
  graphOff: 'Microsoft Graph is not available here',
  reading: 'Reading…',
  notBounce: 'This message is not a bounce.',
  unreadable: 'This file could not be read as a mail.',
  itemIsReport: 'This is an undeliverable report, which Outlook does not hand to add-ins.',
  diagnostics: 'Diagnostics',
  fromItem: 'From: this message',
  fromAttachment: 'From the attachment',
  fromDrop: 'From the file',
  fromPaste: 'From the pasted text',
  fromGraph: 'From the report',
  composeHeading: 'Check before sending',
  composeCheck: 'Check recipients and size',
  composeOk: 'No problems found.',
};
export type PaneStrings = typeof EN;

const JA: PaneStrings = {
  sourceHeading: 'ほかの不達メール',
  reportHint:
    'Outlook では「配信不能」レポートをアドインで開けません。診断するには、メール一覧からこのウィンドウへドラッグするか、自分あてに添付ファイルとして転送し、そのメールを開いてください。',
  reportHintGraph: '下の「最近の配信不能レポート」から選ぶこともできます。',
  reportHintNoGraph: 'メール管理者が Microsoft Graph オプションを有効にすると、最近のレポートをここから選べるようになります。',
  dropLabel: '不達メール（.eml / .msg）をここにドロップ、またはファイルを選択',
  chooseFile: 'ファイルを選択…',
  pasteLabel: 'または不達メールの本文を貼り付け',
  pasteButton: '貼り付けた文を診断',
  graphList: '最近の配信不能レポートを表示',
  graphOwnBounces: 'このメールの不達通知を探す',
  graphEmpty: '配信不能レポートは見つかりませんでした。',
  graphFailed: 'Microsoft 365 からレポートを読み込めませんでした。詳しくは「診断情報」をご覧ください。',
  graphNoneForItem: '最近のレポートに、このメールの不達通知はありませんでした。',
  graphOff: 'この環境では Microsoft Graph を使えません',
  reading: '読み込み中…',
  notBounce: 'このメールは不達通知ではありません。',
  unreadable: 'このファイルはメールとして読めませんでした。',
  itemIsReport: 'これは配信不能レポートです。Outlook はこの種類のメールをアドインに渡しません。',
  diagnostics: '診断情報',
  fromItem: '対象: このメール',
  fromAttachment: '対象: 添付ファイル',
  fromDrop: '対象: ファイル',
  fromPaste: '対象: 貼り付けた文',
  fromGraph: '対象: レポート',
  composeHeading: '送信前のチェック',
  composeCheck: '宛先とサイズを確認',
  composeOk: '問題は見つかりませんでした。',
};

export function paneStrings(locale: Locale): PaneStrings {
  return locale === 'ja' ? JA : EN;
}
export const PANE_STRINGS = { en: EN, ja: JA } as const;
