// The fixed JSON line of DESIGN.md section 3.
import type { Diagnosis, RecipientDiagnosis } from '../types.js';

export interface JsonRecipient {
  address: string;
  reason: string;
  status: string | null;
  replyCode: string | null;
  action: string | null;
  remoteMta: string | null;
  diagnostic: string;
  detail?: string;
  advice?: unknown;
}

export function actionOf(d: Diagnosis, r: RecipientDiagnosis): string | null {
  if (r.action) return r.action;
  if (r.reason === 'vacation' || r.reason === 'feedback') return null;
  if (r.reason === 'delivered') return 'delivered';
  if (d.kind === 'delayed') return 'delayed';
  if (d.kind === 'failed') return 'failed';
  return null;
}

export function toJson(file: string, index: number, d: Diagnosis, advise?: (r: RecipientDiagnosis) => unknown): Record<string, unknown> {
  const kind = d.kind;
  return {
    file,
    index,
    bounce: d.bounce,
    kind,
    recipients: d.recipients.map((r) => {
      const o: JsonRecipient = {
        address: r.address,
        reason: r.reason,
        status: r.status,
        replyCode: r.replyCode,
        action: actionOf(d, r),
        remoteMta: r.remoteMta,
        diagnostic: r.diagnostic,
      };
      if (r.detail) o.detail = r.detail;
      if (advise) o.advice = advise(r);
      return o;
    }),
    ...(d.unreadable ? { unreadable: d.unreadable } : {}),
  };
}
