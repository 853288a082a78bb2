// The pane's sub-views as pure DOM builders: state in, element out. No listeners are attached here
// except through the handlers passed in, so the same builders serve the pane and the shells.
import type { Diagnosis, Locale, RecipientDiagnosis } from '../types.js';
import type { Advice } from '../advice/types.js';
import type { GuideView, QuotaLevel, QuotaView } from './advice-bridge.js';
import type { QuotaInput } from './state.js';
import type { QuotaThresholds } from '../quota/index.js';
import { h, text, uid } from './dom.js';
import { fill, type UiStrings } from './strings.js';
import { formatBytes, formatDate, formatPercent, oneLine, safeHref } from './format.js';
import { pathView } from './path-view.js';

export function linkList(links: readonly { label: string; url: string }[], ui: UiStrings): HTMLElement | null {
  const items = links.flatMap((l) => {
    const href = safeHref(l.url);
    // A link whose scheme is not allowed is shown as plain text, so nothing is lost and nothing runs.
    const el = href
      ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, l.label)
      : h('span', {}, `${l.label}: ${l.url}`);
    return [h('li', {}, el)];
  });
  if (items.length === 0) return null;
  const id = uid('links');
  return h('section', { class: 'bd-links', 'aria-labelledby': id }, text('h4', ui.linksHeading, { id }), h('ul', {}, ...items));
}

export function stepsList(steps: readonly string[]): HTMLElement {
  return h('ol', { class: 'bd-steps' }, ...steps.map((st) => text('li', st)));
}

function factList(rows: readonly [string, string | null | undefined][], cls: string): HTMLElement | null {
  const kept = rows.filter((r): r is [string, string] => typeof r[1] === 'string' && r[1].trim() !== '');
  if (kept.length === 0) return null;
  const dl = h('dl', { class: cls });
  for (const [k, v] of kept) {
    dl.appendChild(text('dt', k));
    // A header can be made arbitrarily long; the helpdesk copy keeps the full words, the view a page's worth.
    dl.appendChild(text('dd', v.length > 2000 ? `${v.slice(0, 1999)}…` : v));
  }
  return dl;
}

/** The list line shows the address already; a title that starts with it drops the repeat. */
export function withoutAddress(title: string, address: string): string {
  if (!address || !title.startsWith(address)) return title;
  const rest = title.slice(address.length).replace(/^[\s:：、,-]+/, '');
  return rest || title;
}

type StateKey = 'retryingTag' | 'temporaryTag' | 'permanentTag';
/** Delayed (still retrying), returned with a passing cause, or returned for good. */
export function tagKey(r: RecipientDiagnosis, a: Advice | undefined): StateKey {
  if (r.action === 'delayed') return 'retryingTag';
  return (a?.temporary ?? r.temporary) ? 'temporaryTag' : 'permanentTag';
}
const BADGE: Record<StateKey, 'retryBadge' | 'tempBadge' | 'permBadge'> = {
  retryingTag: 'retryBadge', temporaryTag: 'tempBadge', permanentTag: 'permBadge',
};

export interface RecipientListHandlers {
  onSelect(i: number): void;
  onMove(delta: number): void;
}

/** One summary line per recipient; roving tabindex, arrows move, Enter/Space select. */
export function recipientList(
  recipients: readonly RecipientDiagnosis[], advice: readonly Advice[], selected: number, detailId: string,
  ui: UiStrings, handlers: RecipientListHandlers,
): HTMLElement {
  const list = h('ul', { class: 'bd-recipients', 'aria-label': ui.recipientsHeading });
  recipients.forEach((r, i) => {
    const a = advice[i];
    const isSel = i === selected;
    const btn = h('button', {
      type: 'button', class: 'bd-rcpt', 'data-bd-focus': `rcpt-${i}`, 'aria-current': isSel ? 'true' : null,
      'aria-controls': detailId, tabindex: isSel ? 0 : -1,
    },
    text('span', oneLine(r.address, 120) || '?', { class: 'bd-rcpt-addr' }),
    text('span', oneLine(withoutAddress(a?.title ?? r.reason, r.address), 120), { class: 'bd-rcpt-title' }),
    text('span', ui[tagKey(r, a)], { class: `bd-tag bd-tag-${tagKey(r, a)}` }));
    btn.addEventListener('click', () => handlers.onSelect(i));
    btn.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowRight') { e.preventDefault(); handlers.onMove(1); }
      else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') { e.preventDefault(); handlers.onMove(-1); }
      else if (e.key === 'Home') { e.preventDefault(); handlers.onSelect(0); }
      else if (e.key === 'End') { e.preventDefault(); handlers.onSelect(recipients.length - 1); }
    });
    list.appendChild(h('li', {}, btn));
  });
  return list;
}

/** Everything about the selected recipient: cause, who acts, steps, what to tell, the server's words. */
export function recipientDetail(r: RecipientDiagnosis, a: Advice, id: string, ui: UiStrings): HTMLElement {
  const titleId = uid('detail-title');
  const sec = h('section', { class: 'bd-detail', id, 'aria-labelledby': titleId, 'data-reason': a.reason, tabindex: -1 });
  sec.appendChild(text('h3', a.title, { id: titleId, class: 'bd-detail-title' }));
  sec.appendChild(text('p', r.address, { class: 'bd-detail-addr' }));
  const key = tagKey(r, a);
  sec.appendChild(text('p', ui[BADGE[key]], { class: `bd-badge bd-badge-${key}`, 'data-state': key }));
  sec.appendChild(h('h4', {}, ui.pathHeading));
  sec.appendChild(pathView(a.stoppedAt, a.actor, a.actorLabel, ui, r.action === 'delayed'));
  if (a.cause) {
    sec.appendChild(text('h4', ui.causeHeading));
    sec.appendChild(text('p', a.cause, { class: 'bd-cause' }));
  }
  sec.appendChild(text('h4', ui.actorHeading));
  sec.appendChild(text('p', a.actorLabel, { class: 'bd-actor' }));
  if (a.steps.length > 0) {
    sec.appendChild(text('h4', ui.stepsHeading));
    sec.appendChild(stepsList(a.steps));
  }
  if (a.tell) {
    sec.appendChild(text('h4', ui.tellHeading));
    sec.appendChild(text('p', a.tell.who, { class: 'bd-tell-who' }));
    const facts = factList(a.tell.facts.map((f) => [f.label, f.value]), 'bd-facts');
    if (facts) sec.appendChild(facts);
  }
  const links = linkList(a.links, ui);
  if (links) sec.appendChild(links);
  sec.appendChild(text('h4', ui.serverWordsHeading));
  const words = a.serverWords.trim();
  sec.appendChild(text('pre', words || ui.serverWordsNone, { class: words ? 'bd-words' : 'bd-words bd-words-none', tabindex: words ? 0 : null }));
  const codes = factList([
    [ui.statusCode, [r.replyCode, r.status].filter(Boolean).join(' ')],
    [ui.remoteServer, r.remoteMta],
    [ui.reasonCode, r.detail ? `${r.reason} (${r.detail})` : r.reason],
  ], 'bd-codes');
  if (codes) sec.appendChild(codes);
  return sec;
}

export function originalView(d: Diagnosis, locale: Locale, ui: UiStrings): HTMLElement {
  const id = uid('orig');
  const sec = h('section', { class: 'bd-original', 'aria-labelledby': id }, text('h3', ui.originalHeading, { id }));
  const o = d.original;
  const facts = o ? factList([
    [ui.originalSubject, o.subject],
    [ui.originalDate, formatDate(o.date, locale)],
    [ui.originalFrom, o.from],
    [ui.originalTo, o.to.join(', ')],
  ], 'bd-facts') : null;
  sec.appendChild(facts ?? text('p', ui.originalNone));
  const bounce = factList([[ui.bounceDate, formatDate(d.bounceDate, locale)]], 'bd-facts');
  if (bounce) sec.appendChild(bounce);
  return sec;
}

export function guideView(g: GuideView, ui: UiStrings): HTMLElement {
  const id = uid('guide');
  const sec = h('section', { class: 'bd-guide', 'aria-labelledby': id }, text('h3', g.title || ui.guideHeading, { id, tabindex: -1, 'data-bd-focus': 'view-heading' }));
  if (g.intro) sec.appendChild(text('p', g.intro));
  for (const section of g.sections) {
    const holder = section.title ? h('section', { class: 'bd-guide-section', 'data-section-id': section.id }) : sec;
    if (section.title) {
      holder.appendChild(text('h4', section.title));
      sec.appendChild(holder);
    }
    for (const item of section.items) {
      const det = h('details', { class: 'bd-guide-item', 'data-guide-id': item.id });
      det.appendChild(text('summary', item.title));
      if (item.body) det.appendChild(text('p', item.body));
      if (item.steps.length) det.appendChild(stepsList(item.steps));
      const links = linkList(item.links, ui);
      if (links) det.appendChild(links);
      holder.appendChild(det);
    }
  }
  return sec;
}

const LEVEL_KEY: Record<QuotaLevel, keyof UiStrings> = {
  ok: 'quotaLevelOk', warn: 'quotaLevelWarn', critical: 'quotaLevelCritical', full: 'quotaLevelFull', unknown: 'quotaUnknown',
};

export function quotaView(
  q: QuotaInput | null, level: QuotaLevel, thresholds: QuotaThresholds, advice: QuotaView | null,
  locale: Locale, ui: UiStrings,
): HTMLElement {
  const id = uid('quota');
  const sec = h('section', { class: 'bd-quota', 'aria-labelledby': id }, text('h3', ui.quotaHeading, { id, tabindex: -1, 'data-bd-focus': 'view-heading' }));
  if (!q || level === 'unknown' || !(q.limit > 0)) {
    sec.appendChild(text('p', ui.quotaUnknown));
  } else {
    const ratio = q.used / q.limit;
    const usedText = fill(ui.quotaUsed, {
      used: formatBytes(q.used, locale), limit: formatBytes(q.limit, locale), pct: formatPercent(ratio, locale),
    });
    const labelId = uid('quota-label');
    sec.appendChild(text('p', usedText, { id: labelId, class: 'bd-quota-text' }));
    const meter = h('meter', {
      class: `bd-meter bd-meter-${level}`, min: 0, max: q.limit, value: Math.min(q.used, q.limit),
      low: (thresholds.warnPercent / 100) * q.limit, high: (thresholds.criticalPercent / 100) * q.limit, optimum: 0, 'aria-labelledby': labelId,
    });
    sec.appendChild(meter);
    sec.appendChild(text('p', ui[LEVEL_KEY[level]], { class: `bd-badge bd-level-${level}`, 'data-level': level }));
    sec.appendChild(text('p', fill(ui.quotaThresholds, {
      warn: formatPercent(thresholds.warnPercent / 100, locale), crit: formatPercent(thresholds.criticalPercent / 100, locale),
    }), { class: 'bd-muted' }));
  }
  if (advice && (advice.title || advice.text || advice.steps.length)) {
    if (advice.title) sec.appendChild(text('h4', advice.title));
    if (advice.text) sec.appendChild(text('p', advice.text));
    if (advice.steps.length) {
      sec.appendChild(text('h4', ui.quotaFixHeading));
      sec.appendChild(stepsList(advice.steps));
    }
    const links = linkList(advice.links, ui);
    if (links) sec.appendChild(links);
  }
  return sec;
}

/** For shells to show problems in the admin config (parseConfig errors), in the user's language. */
export function configNoticeView(errors: readonly string[], ui: UiStrings): HTMLElement | null {
  if (errors.length === 0) return null;
  const id = uid('cfg');
  return h('section', { class: 'bd-config-notice', 'aria-labelledby': id },
    text('h3', ui.configErrorsHeading, { id }),
    text('p', ui.configErrorsBody),
    h('ul', {}, ...errors.slice(0, 50).map((e) => text('li', oneLine(e, 300)))));
}
