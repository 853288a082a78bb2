// The terminal format: one block per message, one line per recipient, then the advice; a summary at
// the end of a run over many messages, so a help desk sees the overall picture of a Maildir or mbox.
import type { Diagnosis, Locale, RecipientDiagnosis } from '../types.js';
import type { AdviceJson } from '../advice/index.js';

const KIND: Record<Locale, Record<string, string>> = {
  en: { failed: 'delivery failed', delayed: 'delayed, still retrying', delivered: 'delivered', vacation: 'auto-reply', feedback: 'spam complaint report', none: 'not a bounce' },
  ja: { failed: '配送失敗', delayed: '遅延中（再送を継続中）', delivered: '配送済み', vacation: '自動応答', feedback: '迷惑メール苦情レポート', none: 'エラーメールではありません' },
};

const WORDS: Record<Locale, { unknownAddress: string; server: string; summary: string; errors: string; reasons: string }> = {
  en: { unknownAddress: '(address not given)', server: 'server said', summary: 'messages read', errors: 'unreadable', reasons: 'reasons' },
  ja: { unknownAddress: '（宛先不明）', server: 'サーバーの応答', summary: '件のメールを読みました', errors: '読めないファイル', reasons: '原因' },
};

export function formatHuman(file: string, index: number, d: Diagnosis, lang: Locale, advise?: (r: RecipientDiagnosis) => AdviceJson): string {
  const w = WORDS[lang];
  const lines: string[] = [];
  lines.push(`${file}${index ? ` #${index}` : ''}: ${KIND[lang][d.kind] ?? d.kind}${d.unreadable ? ` (${d.unreadable})` : ''}`);
  for (const r of d.recipients) {
    const code = [r.status, r.replyCode].filter(Boolean).join(' ');
    lines.push(`  ${r.address || w.unknownAddress}  ${r.reason}${code ? `  [${code}]` : ''}`);
    if (advise) {
      const a = advise(r);
      lines.push(`    ${a.title}`);
      lines.push(`    ${a.cause}`);
      a.steps.forEach((s, i) => lines.push(`    ${i + 1}. ${s}`));
    }
    if (r.diagnostic) lines.push(`    ${w.server}: ${oneLine(r.diagnostic, 300)}`);
  }
  return lines.join('\n') + '\n\n';
}

/** Server text is untrusted: one line, no control characters (no terminal escapes), bounded. */
function oneLine(s: string, max: number): string {
  const t = s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
  return t.length > max ? t.slice(0, max) + '…' : t;
}

export interface Tally {
  messages: number;
  bounces: number;
  errors: number;
  kinds: Map<string, number>;
  reasons: Map<string, number>;
}

export function newTally(): Tally {
  return { messages: 0, bounces: 0, errors: 0, kinds: new Map(), reasons: new Map() };
}

export function tally(t: Tally, d: Diagnosis): void {
  t.messages++;
  if (d.bounce) t.bounces++;
  t.kinds.set(d.kind, (t.kinds.get(d.kind) ?? 0) + 1);
  if (d.bounce) for (const r of d.recipients) t.reasons.set(r.reason, (t.reasons.get(r.reason) ?? 0) + 1);
}

export function formatSummary(t: Tally, lang: Locale): string {
  const w = WORDS[lang];
  const kinds = [...t.kinds.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${KIND[lang][k] ?? k} ${n}`).join(', ');
  const reasons = [...t.reasons.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ');
  const head = lang === 'ja' ? `${t.messages}${w.summary}` : `${t.messages} ${w.summary}`;
  const lines = [`${head}: ${kinds || '-'}${t.errors ? `; ${w.errors} ${t.errors}` : ''}`];
  if (reasons) lines.push(`${w.reasons}: ${reasons}`);
  return lines.join('\n') + '\n';
}
