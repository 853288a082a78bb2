// Public surface of the core. Pure: no DOM, no Office, no browser.* APIs.
export * from './types.js';
export { diagnose, diagnoseSync, diagnoseReport, cannotTell } from './diagnose.js';
export * as message from './message/index.js';
export * as report from './report/index.js';
export * as reasons from './reasons/index.js';
export * as quota from './quota/index.js';
export * as precheck from './precheck/index.js';
export { parseConfig, DEFAULT_CONFIG, type OrgConfig } from './config/index.js';
