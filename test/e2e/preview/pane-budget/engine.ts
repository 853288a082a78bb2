// The diagnosis engine alone: what a shell loads to turn raw bytes into a Diagnosis.
export { diagnose } from '../../../../shared/src/index.js';
