// The org config (DESIGN.md 3b): one JSON document every shell reads; see docs/config.md.
export { DEFAULT_CONFIG, FIELDS, type OrgConfig, type FieldSpec, type FieldKind } from './schema.js';
export { parseConfig, MAX_CONFIG_CHARS, type ParsedConfig } from './parse.js';
