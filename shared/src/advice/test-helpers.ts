// Shared fixtures for the advice tests: a full org config, an empty one, and synthetic diagnoses.
import { parseConfig, type OrgConfig } from '../config/index.js';
import type { Diagnosis, Reason, RecipientDiagnosis } from '../types.js';

export const FULL_CONFIG: OrgConfig = parseConfig({
  providerName: 'Example ISP',
  maxMessageSizeMb: 20,
  quotaMb: 200,
  quotaUpgradeMb: 1000,
  quotaUpgradeFree: true,
  quotaUpgradeUrl: 'https://isp.example/quota',
  helpdeskName: 'Example Support',
  helpdeskPhone: '0120-000-000',
  helpdeskHours: '24h',
  helpdeskUrl: 'https://isp.example/help',
  webmailUrl: 'https://webmail.isp.example/',
  settingsUrl: 'https://isp.example/settings',
  spamFilterName: 'SpamGuard',
  spamFilterUrl: 'https://isp.example/spam',
  submissionPort: 587,
  port25Blocked: true,
  smtpAuthAbroadRestricted: true,
  smtpAuthAbroadUrl: 'https://isp.example/abroad',
  otherNetworkGuideUrl: 'https://isp.example/other-network',
}).config;

export const EMPTY_CONFIG: OrgConfig = parseConfig(null).config;

export const CONFIG_URLS: readonly string[] = Object.values(FULL_CONFIG).filter((v): v is string => typeof v === 'string' && v.startsWith('https://'));

export function recipient(reason: Reason, over: Partial<RecipientDiagnosis> = {}): RecipientDiagnosis {
  return {
    address: 'taro.yamada@example.jp',
    action: reason === 'delivered' ? 'delivered' : 'failed',
    status: '5.0.0',
    replyCode: '550',
    remoteMta: 'mx.example.jp',
    diagnostic: '550 5.0.0 <taro.yamada@example.jp>: something went wrong',
    command: 'RCPT',
    reason,
    temporary: false,
    evidence: { by: 'status', value: '5.0.0' },
    ...over,
  };
}

export function diagnosis(recipients: RecipientDiagnosis[], over: Partial<Diagnosis> = {}): Diagnosis {
  return {
    bounce: true,
    kind: 'failed',
    source: 'rfc3464',
    recipients,
    original: { subject: 'Meeting notes', date: 'Mon, 23 Nov 2026 10:00:00 +0900', messageId: '<m1@example.com>', from: 'hanako@example.com', to: ['taro.yamada@example.jp'] },
    bounceDate: 'Mon, 23 Nov 2026 10:00:05 +0900',
    bounceSubject: 'Undelivered Mail Returned to Sender',
    forwarded: false,
    ...over,
  };
}

/** Hiragana, katakana or kanji: every Japanese catalog string must contain some. */
export const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
