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
import { x1 } from './x1.js';
import { x2 } from './x2.js';
import { x3 } from './x3.js';
import { zoho } from './zoho.js';
import { gmx } from './gmx.js';
import { einsundeins } from './einsundeins.js';
import { mfilter } from './mfilter.js';
import { powermta } from './powermta.js';
import { surfcontrol } from './surfcontrol.js';
import { mailmarshal } from './mailmarshal.js';
import { activehunter } from './activehunter.js';
import { bigfoot } from './bigfoot.js';
import { mimecast } from './mimecast.js';
import { x4 } from './x4.js';
import { x6 } from './x6.js';
import { mailfoundry } from './mailfoundry.js';

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
  x1,
  x2,
  x3,
  zoho,
  gmx,
  einsundeins,
  mfilter,
  powermta,
  surfcontrol,
  mailmarshal,
  activehunter,
  bigfoot,
  mimecast,
  x4,
  x6,
  mailfoundry,
]);
