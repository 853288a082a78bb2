// PLACEHOLDER until the advice catalogs land (issue 3): echoes the reason name.
import type { Diagnosis, Locale, RecipientDiagnosis } from '../types.js';
import type { OrgConfig } from '../config/index.js';
import type { AdviceJson } from './types.js';

export type { Advice, AdviceJson, AdviceFact, StopPoint } from './types.js';

export function adviseRecipient(_d: Diagnosis, r: RecipientDiagnosis, _lang: Locale, _config: OrgConfig): AdviceJson {
  return { title: r.reason, cause: r.reason, actor: 'sender', temporary: r.temporary, steps: [r.reason] };
}
