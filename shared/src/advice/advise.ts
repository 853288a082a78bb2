// Diagnosis + recipient + locale + org config -> Advice. Pure and total: any reason, detail or missing
// field still yields a complete Advice with no empty text.
import type { OrgConfig } from '../config/index.js';
import { DEFAULT_CONFIG } from '../config/index.js';
import type { Diagnosis, Locale, RecipientDiagnosis } from '../types.js';
import { catalog, type Catalog, type Entry, type LinkKey } from './catalog-store.js';
import { render, renderList } from './template.js';
import { configVars, linksFor } from './vars.js';
import type { Advice, AdviceFact, AdviceJson } from './types.js';

const NOT_FAILURES: ReadonlySet<string> = new Set(['delivered', 'vacation', 'feedback']);
// Reasons whose cause tells the final outcome ("gave up", "no reason given"), not why a delay happens:
// while the server is still retrying, their text would contradict the delay notice, so it is left out.
const NO_HINT_WHILE_TRYING: ReadonlySet<string> = new Set(['expired', 'onhold', 'undefined']);

/** The catalog entry for a recipient: its detail's when the catalog has one, else its reason's. */
export function entryFor(cat: Catalog, reason: string, detail: string | null | undefined): { entry: Entry; detail: string | null } {
  if (detail && Object.hasOwn(cat.details, detail)) return { entry: cat.details[detail]!, detail };
  const entry = Object.hasOwn(cat.reasons, reason) ? cat.reasons[reason]! : cat.reasons.onhold!;
  return { entry, detail: null };
}

export function isStillTrying(d: Diagnosis, r: RecipientDiagnosis): boolean {
  if (NOT_FAILURES.has(r.reason)) return false;
  return r.action === 'delayed' || (d.kind === 'delayed' && (r.action === null || r.action === undefined));
}

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1 ? '' : address.slice(at + 1);
}

/** Template values for one recipient: config values plus the recipient's own. */
export function recipientVars(d: Diagnosis, r: RecipientDiagnosis, locale: Locale, config: OrgConfig, cat: Catalog): Record<string, string | null> {
  return {
    ...configVars(config, locale, cat),
    recipient: r.address || cat.words.theRecipient || null,
    domain: domainOf(r.address) || cat.words.theDomain || null,
    retryUntil: r.willRetryUntil || null,
    remoteMta: r.remoteMta || null,
    status: r.status || null,
    from: d.original?.from || null,
  };
}

function facts(d: Diagnosis, r: RecipientDiagnosis, cat: Catalog): AdviceFact[] {
  const f = cat.facts;
  const out: AdviceFact[] = [
    { label: f.from!, value: d.original?.from || f.unknownFrom! },
    { label: f.to!, value: r.address || f.unknownRecipient! },
    { label: f.sent!, value: d.original?.date || f.unknownSent! },
  ];
  if (d.original?.subject) out.push({ label: f.subject!, value: d.original.subject });
  if (r.status || r.replyCode) out.push({ label: f.status!, value: [r.replyCode, r.status].filter(Boolean).join(' ') });
  out.push({ label: f.error!, value: r.diagnostic || f.unknownError! });
  return out;
}

/** Never empty: a text that cannot be filled falls back to the entry's short label. */
function must(s: string | null, fallback: string): string {
  return s && s.trim() ? s : fallback;
}

export function adviseRecipient(d: Diagnosis, r: RecipientDiagnosis, locale: Locale, config?: OrgConfig | null): Advice {
  const cfg = config ?? DEFAULT_CONFIG;
  const cat = catalog(locale);
  const { entry, detail } = entryFor(cat, r.reason, r.detail);
  const vars = recipientVars(d, r, locale, cfg, cat);
  const delayed = isStillTrying(d, r);

  const reasonCause = must(render(entry.cause, vars), entry.short);
  const actor = delayed ? 'nobody' : entry.actor;
  const title = delayed ? must(render(cat.delayed.title, vars), cat.delayed.short) : must(render(entry.title, vars), entry.short);
  const delayCause = must(render(cat.delayed.cause, vars), cat.delayed.short);
  const hint = entry === cat.reasons[r.reason] && NO_HINT_WHILE_TRYING.has(r.reason) ? '' : `${locale === 'ja' ? '' : ' '}${cat.delayed.reasonLead}${reasonCause}`;
  const cause = delayed ? delayCause + hint : reasonCause;
  const steps = delayed ? renderList(cat.delayed.steps, vars) : renderList(entry.steps, vars);

  let tell: Advice['tell'] = null;
  const linkKeys: LinkKey[] = [...(entry.links ?? [])];
  if (entry.tell) {
    const who = must(render(cat.tellWho[entry.tell.who], vars), entry.tell.who);
    const message = render(entry.tell.say, vars);
    tell = { who, facts: facts(d, r, cat), ...(message ? { message } : {}) };
    if (entry.tell.who === 'helpdesk') linkKeys.push('helpdesk');
  } else if (!NOT_FAILURES.has(r.reason)) {
    tell = { who: must(render(cat.tellWho.helpdesk, vars), 'helpdesk'), facts: facts(d, r, cat) };
  }
  const admin = renderList(entry.admin, vars);

  return {
    reason: r.reason,
    detail: detail ?? r.detail ?? null,
    title,
    cause,
    actor,
    // "Nobody yet: still trying" would be wrong for a receipt or an auto-reply: nothing is pending there.
    actorLabel: actor === 'nobody' && !delayed && cat.words.nothingToDo ? cat.words.nothingToDo : must(render(cat.actors[actor], vars), actor),
    // The server's code decides first; a condition the catalog knows to clear by itself stays temporary.
    temporary: delayed || r.temporary || entry.temporary,
    steps: steps.length ? steps : [entry.short],
    tell,
    serverWords: r.diagnostic ?? '',
    stoppedAt: delayed ? 'sender-server' : entry.stoppedAt,
    // The admin's own pages first, then the catalog's public references; never anything from the bounce.
    links: [...linksFor(linkKeys, cfg, cat), ...(entry.refs ?? []).filter((l) => l.url.startsWith('https://'))],
    short: delayed ? cat.delayed.short : entry.short,
    ...(admin.length ? { admin } : {}),
  };
}

/** The CLI subset (DESIGN.md section 3). */
export function adviceJson(a: Advice): AdviceJson {
  return { title: a.title, cause: a.cause, actor: a.actor, temporary: a.temporary, steps: [...a.steps] };
}
