// The terminal format: one block per message, one line per recipient, then the advice.
import type { Diagnosis, Locale, RecipientDiagnosis } from '../types.js';
import type { AdviceJson } from '../advice/index.js';

const KIND: Record<Locale, Record<string, string>> = {
  en: { failed: 'delivery failed', delayed: 'delayed, still retrying', delivered: 'delivered', vacation: 'auto-reply', feedback: 'spam complaint report', none: 'not a bounce' },
  ja: { failed: '配送失敗', delayed: '遅延中（再送を継続中）', delivered: '配送済み', vacation: '自動応答', feedback: '迷惑メール苦情レポート', none: 'エラーメールではありません' },
};

export function formatHuman(file: string, index: number, d: Diagnosis, lang: Locale, advise?: (r: RecipientDiagnosis) => AdviceJson): string {
  const lines: string[] = [];
  lines.push(`${file}${index ? ` #${index}` : ''}: ${KIND[lang][d.kind] ?? d.kind}${d.unreadable ? ` (${d.unreadable})` : ''}`);
  for (const r of d.recipients) {
    const code = [r.status, r.replyCode].filter(Boolean).join(' ');
    lines.push(`  ${r.address || '(?)'}  ${r.reason}${code ? `  [${code}]` : ''}`);
    if (advise) {
      const a = advise(r);
      lines.push(`    ${a.title}`);
      lines.push(`    ${a.cause}`);
      a.steps.forEach((s, i) => lines.push(`    ${i + 1}. ${s}`));
    }
    if (r.diagnostic) lines.push(`    > ${r.diagnostic.slice(0, 300)}`);
  }
  return lines.join('\n') + '\n\n';
}
