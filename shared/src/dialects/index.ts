// Every dialect, in the one order they are tried. Specific formats come before generic ones.
import type { Dialect } from './dialect.js';

export const DIALECTS: readonly Dialect[] = Object.freeze([]);

export type { Dialect, DialectInput } from './dialect.js';
