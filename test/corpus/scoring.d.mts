// Types for scoring.mjs (plain JS so `npm run score` runs under bare Node).
export interface Label {
  file: string;
  set: string;
  messages: number;
  verdicts: { msg: number; recipient: string; reason: string; status: string | null }[];
  newline_variant_of?: string;
}
export interface Counts { agree: number; total: number; reviewed: number }
export interface ScoreResult {
  perSet: Record<string, Counts>;
  bounceFlag: Record<string, Counts>;
  confusion: [string, number][];
  disagreements: { set: string; file: string; msg: number; recipient: string; sisimai: string; ours: string | null }[];
  negatives: { agree: number; total: number; wrong: string[] };
  missing: string[];
  mac: { consistent: number; total: number; diffs: { file: string; twin: string; mac: string; twinShape: string }[] };
  reviewed: { hits: unknown[]; stale: string[]; entries: number; coveredVerdicts: number; allVerdicts: number; share: number; overLimit: boolean };
  headline: { agree: number; reviewed: number; total: number; raw: number; value: number };
}
export type ResultsByFile = Map<string, Map<number, Record<string, unknown>>>;
export const SETS: string[];
export const HEADLINE_SETS: string[];
export const NON_BOUNCE_REASONS: Set<string>;
export const MAX_REVIEWED_SHARE: number;
export const REPO_ROOT: string;
export const DISAGREEMENTS_FILE: string;
export function bouncesDir(): string;
export function corpusPresent(dir?: string): boolean;
export function loadLabels(dir?: string): Label[];
export function twinOf(label: Label): string | null;
export function loadReviewed(file?: string): { entries: Map<string, { reason: string | null; why: string }>; problems: string[] };
export function indexResults(lines: string[], sets?: string[]): { byFile: ResultsByFile; errors: { file: string; error: string }[] };
export function verdictShape(fileResults: Map<number, Record<string, unknown>> | undefined): string;
export function score(labels: Label[], byFile: ResultsByFile, reviewed?: Map<string, { reason: string | null; why: string }>): ScoreResult;
export function pct(a: number, b: number): string;
