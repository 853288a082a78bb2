import type { Reason, RecipientRecord } from '../types.js';

/** What a provider's rule concluded: the contract reason, why, and optionally a finer `detail` name. */
export interface ReceiverDecision {
  reason: Reason;
  why: string;
  detail?: string;
}

/** A dated fact about a provider's behaviour that advice may quote (it changes how a bounce reads). */
export interface ProviderFact {
  since: string;
  until?: string;
  /** One English sentence. */
  text: string;
  /** The detail name the fact explains, if any. */
  detail?: string;
}

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
  /**
   * Lowercase substrings of the diagnostic that only this provider writes (its postmaster URL, its
   * host names, its error-code prefix); they identify it when the recipient domain is a customer's own.
   */
  signatures?: string[];
  /** Dated behaviour worth telling the user about. */
  facts?: ProviderFact[];
  /** Decides a reason from the record, or null to leave it to the general rules. */
  decide(rec: RecipientRecord, lowerDiagnostic: string): ReceiverDecision | null;
}
