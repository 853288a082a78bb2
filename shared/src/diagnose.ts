// The whole path for one message: bytes -> Message -> Report -> Diagnosis. Never throws.
import type { Diagnosis, Kind, Report } from './types.js';
import { parseMessageSync, type Limits } from './message/index.js';
import { findReportSync } from './report/index.js';
import { classify } from './reasons/index.js';

/** Kinds that are no bounce (a comparison, not a Set: one map check less on the per-message path). */
const isNonBounce = (kind: Kind): boolean => kind === 'none' || kind === 'vacation' || kind === 'feedback' || kind === 'delivered';

export function diagnoseReport(report: Report): Diagnosis {
  const recipients = report.recipients.map(classify);
  return {
    bounce: !isNonBounce(report.kind) && recipients.length > 0,
    kind: report.kind,
    source: report.source,
    recipients,
    original: report.original,
    bounceDate: report.bounceDate,
    bounceSubject: report.bounceSubject,
    forwarded: report.forwarded,
  };
}

export function cannotTell(why: string): Diagnosis {
  return {
    bounce: false, kind: 'none', source: 'none', recipients: [], original: null, bounceDate: null,
    bounceSubject: '', forwarded: false, unreadable: why,
  };
}

export async function diagnose(input: Uint8Array | ArrayBuffer | string, limits?: Partial<Limits>): Promise<Diagnosis> {
  return diagnoseSync(input, limits);
}

/** The same, synchronously: nothing on the path waits (a worker or a batch loop avoids a promise per message). */
export function diagnoseSync(input: Uint8Array | ArrayBuffer | string, limits?: Partial<Limits>): Diagnosis {
  try {
    const msg = parseMessageSync(input, limits);
    const report = findReportSync(msg, limits);
    return diagnoseReport(report);
  } catch (e) {
    return cannotTell(`could not read this message (${e instanceof Error ? e.message : String(e)})`);
  }
}
