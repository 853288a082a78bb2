// The pane's state and its pure transitions. The controller holds one PaneState and re-renders on change.
import type { Diagnosis, Locale } from '../types.js';
import type { OrgConfig } from '../config/index.js';
import type { QuotaLevel } from '../quota/index.js';
import { clampIndex, listedRecipients } from './format.js';

export type PaneView = 'diagnosis' | 'guide' | 'quota';

export interface QuotaInput {
  /** Bytes used and the limit in bytes (Thunderbird's STORAGE quota, Graph, a quota mail...). */
  used: number;
  limit: number;
  /** Set by the shell when it already knows the level; otherwise derived from the thresholds. */
  level?: QuotaLevel;
}

export interface PaneState {
  locale: Locale;
  view: PaneView;
  diagnosis: Diagnosis | null;
  /** Index into listedRecipients(diagnosis). */
  selected: number;
  config: OrgConfig;
  /** Problems found in the admin config, shown as a notice. */
  configErrors: string[];
  quota: QuotaInput | null;
  /** A short status for the live region when no diagnosis is shown (e.g. "reading file..."). */
  notice: string | null;
}

export function initialState(locale: Locale, config: OrgConfig, configErrors: string[] = []): PaneState {
  return {
    locale, view: 'diagnosis', diagnosis: null, selected: 0, config, configErrors, quota: null, notice: null,
  };
}

export function withDiagnosis(s: PaneState, d: Diagnosis | null): PaneState {
  return { ...s, diagnosis: d, selected: 0, view: 'diagnosis', notice: null };
}

export function withSelected(s: PaneState, i: number): PaneState {
  return { ...s, selected: clampIndex(i, listedRecipients(s.diagnosis).length) };
}

/** Arrow-key movement through the recipient list, wrapping at both ends. */
export function moveSelection(s: PaneState, delta: number): PaneState {
  const n = listedRecipients(s.diagnosis).length;
  if (n === 0) return s;
  return { ...s, selected: (((s.selected + delta) % n) + n) % n };
}

export function withLocale(s: PaneState, locale: Locale): PaneState {
  return { ...s, locale };
}

export function withView(s: PaneState, view: PaneView): PaneState {
  return { ...s, view };
}

export function withQuota(s: PaneState, quota: QuotaInput | null): PaneState {
  return { ...s, quota, view: quota ? 'quota' : s.view };
}

export function withConfig(s: PaneState, config: OrgConfig, configErrors: string[]): PaneState {
  return { ...s, config, configErrors };
}
