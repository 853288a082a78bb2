// The ONE order in which reasons are tried when phrases decide. More specific reasons come first, so
// "mailbox full, user unknown later" style texts resolve the same way every time.
import { mailboxfull } from './mailboxfull.js';
import { mesgtoobig } from './mesgtoobig.js';
import { exceedlimit } from './exceedlimit.js';
import { systemfull } from './systemfull.js';
import { suspend } from './suspend.js';
import { hasmoved } from './hasmoved.js';
import { userunknown } from './userunknown.js';
import { hostunknown } from './hostunknown.js';
import { notaccept } from './notaccept.js';
import { norelaying } from './norelaying.js';
import { requireptr } from './requireptr.js';
import { authfailure } from './authfailure.js';
import { badreputation } from './badreputation.js';
import { virusdetected } from './virusdetected.js';
import { spamdetected } from './spamdetected.js';
import { notcompliantrfc } from './notcompliantrfc.js';
import { policyviolation } from './policyviolation.js';
import { failedstarttls } from './failedstarttls.js';
import { securityerror } from './securityerror.js';
import { rejected } from './rejected.js';
import { blocked } from './blocked.js';
import { filtered } from './filtered.js';
import { toomanyconn } from './toomanyconn.js';
import { speeding } from './speeding.js';
import { suppressed } from './suppressed.js';
import { contenterror } from './contenterror.js';
import { syntaxerror } from './syntaxerror.js';
import { mailererror } from './mailererror.js';
import { networkerror } from './networkerror.js';
import { expired } from './expired.js';
import { systemerror } from './systemerror.js';
import { onhold } from './onhold.js';
import { undefinedReason } from './undefined.js';
import { delivered } from './delivered.js';
import { vacation } from './vacation.js';
import { feedback } from './feedback.js';
import type { ReasonRule } from './rule.js';
import type { Reason } from '../types.js';

export const REASON_ORDER: readonly ReasonRule[] = Object.freeze([
  mailboxfull,
  mesgtoobig,
  exceedlimit,
  systemfull,
  suspend,
  hasmoved,
  userunknown,
  hostunknown,
  notaccept,
  norelaying,
  requireptr,
  authfailure,
  badreputation,
  virusdetected,
  spamdetected,
  notcompliantrfc,
  policyviolation,
  failedstarttls,
  securityerror,
  rejected,
  blocked,
  filtered,
  toomanyconn,
  speeding,
  suppressed,
  contenterror,
  syntaxerror,
  mailererror,
  networkerror,
  expired,
  systemerror,
  onhold,
  undefinedReason,
  delivered,
  vacation,
  feedback,
]);

/**
 * The decision passes of classify(), as data. FIRST_PASS probes each reason with its status code, its
 * phrases and the SMTP command (a "user unknown" answered to DATA is a content filter, not a missing
 * mailbox); SECOND_PASS is tried by phrases alone when no code decided. Earlier entries win.
 */
export const FIRST_PASS: readonly Reason[] = Object.freeze([
  'mailboxfull', 'mesgtoobig', 'exceedlimit', 'suspend', 'hasmoved', 'norelaying', 'authfailure',
  'userunknown', 'filtered', 'requireptr', 'notcompliantrfc', 'badreputation', 'contenterror',
  'rejected', 'hostunknown', 'spamdetected', 'speeding', 'toomanyconn', 'blocked',
] as const);

export const SECOND_PASS: readonly Reason[] = Object.freeze([
  'mailboxfull', 'authfailure', 'badreputation', 'speeding', 'spamdetected', 'virusdetected',
  'policyviolation', 'norelaying', 'systemerror', 'networkerror', 'suspend', 'contenterror',
  'systemfull', 'notaccept', 'expired', 'failedstarttls', 'securityerror', 'suppressed', 'mailererror',
] as const);

/** Reasons a dialect or the status code may name but that phrases are still allowed to refine. */
export const REFINABLE: ReadonlySet<Reason> = new Set<Reason>([
  'undefined', 'onhold', 'systemerror', 'securityerror', 'expired', 'networkerror', 'hostunknown', 'userunknown',
]);
