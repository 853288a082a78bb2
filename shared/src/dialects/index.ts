// Every dialect, in the one order they are tried. Specific formats come before generic ones.
import type { Dialect } from './dialect.js';
import { postfix } from './postfix.js';
import { exim } from './exim.js';
import { dragonfly } from './dragonfly.js';
import { qmail } from './qmail.js';
import { opensmtpd } from './opensmtpd.js';
import { sendmail } from './sendmail.js';
import { courier } from './courier.js';
import { v5sendmail } from './v5sendmail.js';
import { gmail } from './gmail.js';
import { googlegroups } from './googlegroups.js';
import { googleworkspace } from './googleworkspace.js';
import { exchange2003 } from './exchange2003.js';
import { office365 } from './office365.js';
import { exchange2007 } from './exchange2007.js';
import { outlook } from './outlook.js';
import { yahoo } from './yahoo.js';
import { amazonses } from './amazonses.js';
import { amazonworkmail } from './amazonworkmail.js';
import { receivingses } from './receivingses.js';
import { APPLIANCE_DIALECTS } from './appliances.js';
import { passes } from './gate.js';

/**
 * The dialect as the report finder asks it: its gate first, its own test only when the gate lets the
 * message through. Every entry's `matches` is this one function, so V8 compiles one where it compiled
 * one per dialect (gate.ts says why).
 */
function gated(d: Dialect): Dialect {
  const { gate, matches } = d;
  return { name: d.name, gate, matches: (msg) => passes(gate, msg) && matches(msg), read: d.read };
}

/** The dialects themselves, each `matches` its own whole test (for tests of the gates). */
export const OWN_DIALECTS: readonly Dialect[] = Object.freeze([
  gmail,
  googlegroups,
  googleworkspace,
  office365,
  exchange2007,
  outlook,
  exchange2003,
  yahoo,
  amazonses,
  amazonworkmail,
  receivingses,
  // Appliances, list servers and smaller providers (helper a2, appliances.ts).
  ...APPLIANCE_DIALECTS,
  // Classic MTAs (helper a1): after the providers, whose bounces can pass through them.
  postfix,
  exim,
  dragonfly,
  qmail,
  opensmtpd,
  v5sendmail,
  sendmail,
  courier,
]);

export const DIALECTS: readonly Dialect[] = Object.freeze(OWN_DIALECTS.map(gated));

export type { Dialect, DialectInput } from './dialect.js';
