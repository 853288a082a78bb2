import type { Reason, RecipientRecord } from '../types.js';

/**
 * What one receiving provider's wording or code means. Dated: providers change their behaviour, and a
 * rule must say since when (and until when, if it stopped being true) it describes them.
 */
export interface ReceiverRule {
  name: string;
  /** ISO date the behaviour was first seen or announced. */
  since: string;
  until?: string;
  /** Recipient domains (exact or parent) and remote MTA host suffixes that identify the provider. */
  domains: string[];
  mtaSuffixes: string[];
  /** Decides a reason from the record, or null to leave it to the general rules. */
  decide(rec: RecipientRecord, lowerDiagnostic: string): { reason: Reason; why: string; detail?: string } | null;
}
