// Dialects of mail appliances, list servers, bulk senders and smaller providers, in the order they are
// tried. Each recognises its bounce by a sender domain, a header or a fixed sentence, so they go before
// the classic MTAs (an appliance's bounce often passed through Postfix or sendmail on its way).
import type { Dialect } from './dialect.js';
import { ezweb } from './ezweb.js';
import { kddi } from './kddi.js';
import { biglobe } from './biglobe.js';
import { domino } from './domino.js';
import { notes } from './notes.js';
import { imailserver } from './imailserver.js';
import { mcafee } from './mcafee.js';
import { trendmicro } from './trendmicro.js';
import { verizon } from './verizon.js';
import { apachejames } from './apachejames.js';
import { fml } from './fml.js';

export const APPLIANCE_DIALECTS: readonly Dialect[] = Object.freeze([
  ezweb,
  kddi,
  biglobe,
  domino,
  notes,
  imailserver,
  mcafee,
  trendmicro,
  verizon,
  apachejames,
  fml,
]);
