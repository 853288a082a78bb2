import type { Reason } from '../types.js';

/** What one reason is recognised by. Phrases are lowercase substrings (no regexes: linear, reviewable). */
export interface ReasonRule {
  name: Reason;
  /** Enhanced status codes that mean this reason on their own (RFC 3463 and common vendor use). */
  statuses: string[];
  /** Lowercase substrings of the diagnostic text, English and other languages seen in real bounces. */
  phrases: string[];
  /** Lowercase substrings that veto the phrases (e.g. "recipient address rejected" is not a sender problem). */
  unless?: string[];
  /** True when the reason is normally temporary (the sender's server keeps retrying). */
  temporary?: boolean;
}
