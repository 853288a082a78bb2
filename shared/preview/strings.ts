// Words of the preview page around the pane (the pane has its own catalog in src/ui/strings.ts).
import type { Locale } from '../src/types.js';

const EN = {
  lead: 'Explains bounced mail in plain words. Everything stays in this browser tab.',
  inputTitle: 'Open a bounce',
  sampleLabel: 'Sample bounces',
  sampleNone: '— your own file or text —',
  dropText: 'Drop a saved bounce here (.eml, or .msg from Outlook), or:',
  fileLabel: 'Choose a file',
  pasteLabel: 'Or paste the text of a bounce',
  pasteGo: 'Diagnose the pasted text',
  configSummary: 'Administrator settings (JSON)',
  configLabel: 'Org config to try out',
  configApply: 'Apply settings',
  privacy: 'No mail leaves this page: it makes no network requests and stores nothing.',
  reading: 'Reading {name}…',
  tooBig: 'This file is too large to be a bounce.',
  unreadableMsg: 'This .msg file could not be read.',
  readFailed: 'The file could not be read.',
  skip: 'Skip to the diagnosis',
  configBadJson: 'The settings are not valid JSON.',
} as const;

export type PreviewStrings = Record<keyof typeof EN, string>;

const JA: PreviewStrings = {
  lead: 'エラーメールの内容を分かりやすく説明します。メールはこのタブの外に出ません。',
  inputTitle: 'エラーメールを開く',
  sampleLabel: 'サンプルのエラーメール',
  sampleNone: '— 自分のファイルまたは貼り付け —',
  dropText: '保存したエラーメール（.eml、Outlook の .msg）をここにドロップするか：',
  fileLabel: 'ファイルを選ぶ',
  pasteLabel: 'またはエラーメールの本文を貼り付け',
  pasteGo: '貼り付けた内容を診断',
  configSummary: '管理者設定（JSON）',
  configLabel: '試す組織設定',
  configApply: '設定を適用',
  privacy: 'メールはこのページから外に出ません。通信も保存も行いません。',
  reading: '{name} を読み込んでいます…',
  tooBig: 'このファイルはエラーメールにしては大きすぎます。',
  unreadableMsg: 'この .msg ファイルを読み取れませんでした。',
  readFailed: 'ファイルを読み取れませんでした。',
  skip: '診断結果へ移動',
  configBadJson: '設定が正しい JSON ではありません。',
};

export const PREVIEW_STRINGS: Record<Locale, PreviewStrings> = { en: EN, ja: JA };
