// Orange / Wanadoo (orange.fr, wanadoo.fr) and La Poste (laposte.net): every refusal carries a code,
// "OFR_506 [506]", "OFR006_102", "LPN007_426". The last three digits name the cause; the French/English
// text around them is generic ("Service refuse").
import type { Reason } from '../types.js';
import type { ReceiverRule } from './rule.js';

const CODES: Record<string, Reason> = {
  '102': 'blocked', // source IP blocked for spam incidents
  '416': 'userunknown', // invalid recipient
  '426': 'suspend', // recipient account blocked
  '505': 'systemerror', // service refused, try later
  '506': 'spamdetected', // message rejected as spam
  '630': 'policyviolation', // client host rejected by policy
};

export const orange: ReceiverRule = {
  name: 'orange',
  since: '2015-01-01',
  domains: ['orange.fr', 'wanadoo.fr', 'laposte.net'],
  mtaSuffixes: ['orange.fr', 'wanadoo.fr', 'laposte.net'],
  signatures: ['ofr_', 'ofr00', 'lpn00'],
  decide(_rec, lower) {
    const m = /\b(?:ofr|lpn)\d{0,3}_(\d{3})\b/.exec(lower) ?? /\bofr_\d{3} \[(\d{3})\]/.exec(lower);
    const reason = m ? CODES[m[1]!] : undefined;
    return reason ? { reason, why: `Orange/La Poste code ${m![0]}` } : null;
  },
};
