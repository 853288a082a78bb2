// PLACEHOLDER until the advice catalogs land (issue 3).
import type { Actor, Diagnosis, Locale, RecipientDiagnosis } from '../types.js';
import type { OrgConfig } from '../config/index.js';

export interface AdviceJson {
  title: string;
  cause: string;
  actor: Actor;
  temporary: boolean;
  steps: string[];
}

export function adviseRecipient(_d: Diagnosis, r: RecipientDiagnosis, _lang: Locale, _config: OrgConfig): AdviceJson {
  return { title: r.reason, cause: r.reason, actor: 'sender', temporary: r.temporary, steps: [r.reason] };
}
