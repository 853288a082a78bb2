// The one place the add-in reaches into the shared core. Modules the core's package entry does
// not export (config, advice) are imported by path; change them here only.
export { diagnose, quota, precheck } from '@bounce-doctor/core';
export type { Diagnosis, Locale, RecipientDiagnosis, Kind } from '@bounce-doctor/core';
export { parseConfig, DEFAULT_CONFIG, FIELDS } from '../../shared/src/config/index.js';
export type { OrgConfig } from '../../shared/src/config/index.js';
