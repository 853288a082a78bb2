// The pane: skeleton (title, language switch, view switch, live region) built once, content re-rendered
// from PaneState. createPane() wraps it in a small controller for the shells and the preview page.
import type { Diagnosis, Locale } from '../types.js';
import type { Advice } from '../advice/types.js';
// schema.js, not index.js: the validator stays out of the pane's first chunk.
import { DEFAULT_CONFIG, type OrgConfig } from '../config/schema.js';
import { adviceFailed, adviceFor, adviceReady, guideFor, headlineFor, loadAdvice, quotaFor } from './advice-bridge.js';
import { clear, h, text, uid } from './dom.js';
import { detectLocale, listedRecipients } from './format.js';
import { helpdeskText } from './helpdesk.js';
import { copyText } from './clipboard.js';
import {
  initialState, moveSelection, withConfig, withDiagnosis, withLocale, withQuota, withSelected, withView,
  type PaneState, type PaneView, type QuotaInput,
} from './state.js';
import { uiStrings, type UiStrings } from './strings.js';
import { quotaLevel } from '../quota/index.js';
import { thresholdsOf } from './thresholds.js';
import { configNoticeView, guideView, originalView, quotaView, recipientDetail, recipientList } from './views.js';

export interface PaneOptions {
  /** Defaults to the host language (navigator.languages): Japanese for ja*, English otherwise. */
  locale?: Locale;
  config?: OrgConfig;
  configErrors?: string[];
  /** 'main' (default) when the pane is the page, 'region' when it sits inside a page with its own main. */
  landmark?: 'main' | 'region';
  /** Which view buttons to offer; default all three. */
  views?: PaneView[];
  /** 'auto' follows prefers-color-scheme; shells that know the host theme (Office) may force one. */
  theme?: 'auto' | 'light' | 'dark';
  onLocaleChange?: (locale: Locale) => void;
  /** Replace the clipboard write (tests, hosts with their own API). Resolve false to show the fallback. */
  copy?: (value: string) => Promise<boolean>;
}

export interface PaneController {
  readonly root: HTMLElement;
  getState(): PaneState;
  showDiagnosis(d: Diagnosis | null): void;
  showGuide(): void;
  showQuota(q: QuotaInput | null): void;
  setLocale(locale: Locale): void;
  setConfig(config: OrgConfig, errors?: string[]): void;
  /** A short status line (e.g. "Reading file…") announced politely; null clears it. */
  setNotice(notice: string | null): void;
  select(index: number): void;
  /** Advice for the listed recipients of the current diagnosis, in the current language. */
  currentAdvice(): Advice[];
  destroy(): void;
}

export interface PaneHandlers {
  setLocale(l: Locale): void;
  setView(v: PaneView): void;
  select(i: number): void;
  move(d: number): void;
  copy(): void;
}

const VIEW_KEYS: Record<PaneView, keyof UiStrings> = { diagnosis: 'viewDiagnosis', guide: 'viewGuide', quota: 'viewQuota' };

interface Skeleton {
  shell: HTMLElement;
  title: HTMLElement;
  langGroup: HTMLElement;
  nav: HTMLElement;
  notice: HTMLElement;
  live: HTMLElement;
  content: HTMLElement;
}

function buildSkeleton(root: HTMLElement, landmark: 'main' | 'region'): Skeleton {
  clear(root);
  root.classList.add('bd-pane');
  const title = h('h2', { class: 'bd-title' });
  const langGroup = h('div', { class: 'bd-lang', role: 'group' });
  const nav = h('nav', { class: 'bd-views' });
  const notice = h('div', { class: 'bd-notice-slot' });
  // Polite live region kept for the pane's lifetime: results are announced when they change.
  const live = h('div', { class: 'bd-live bd-visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const content = h('div', { class: 'bd-content', tabindex: -1 });
  // One landmark holds the whole pane (so nothing sits outside a landmark); the top is a div, not a
  // <header>, because the host page owns the banner landmark.
  const shell = h(landmark === 'main' ? 'main' : 'section', { class: 'bd-shell' });
  shell.append(h('div', { class: 'bd-top' }, title, langGroup), nav, notice, live, content);
  root.append(shell);
  return { shell, title, langGroup, nav, notice, live, content };
}

function renderChrome(sk: Skeleton, state: PaneState, views: PaneView[], ui: UiStrings, on: PaneHandlers, landmark: 'main' | 'region'): void {
  sk.title.textContent = ui.appName;
  sk.langGroup.setAttribute('aria-label', ui.langSwitchLabel);
  clear(sk.langGroup);
  for (const l of ['ja', 'en'] as const) {
    const b = h('button', {
      type: 'button', class: 'bd-lang-btn', lang: l, 'aria-pressed': state.locale === l ? 'true' : 'false',
      'data-bd-focus': `lang-${l}`,
    }, l === 'ja' ? ui.langJa : ui.langEn);
    b.addEventListener('click', () => on.setLocale(l));
    sk.langGroup.appendChild(b);
  }
  sk.nav.setAttribute('aria-label', ui.viewsLabel);
  clear(sk.nav);
  if (views.length > 1) {
    const ul = h('ul', {});
    for (const v of views) {
      const b = h('button', {
        type: 'button', class: 'bd-view-btn', 'aria-current': state.view === v ? 'page' : null, 'data-bd-focus': `view-${v}`,
      }, ui[VIEW_KEYS[v]]);
      b.addEventListener('click', () => on.setView(v));
      ul.appendChild(h('li', {}, b));
    }
    sk.nav.appendChild(ul);
  }
  clear(sk.notice);
  const cfg = configNoticeView(state.configErrors, ui);
  if (cfg) sk.notice.appendChild(cfg);
  if (state.notice) sk.notice.appendChild(text('p', state.notice, { class: 'bd-notice' }));
  if (landmark === 'region') sk.shell.setAttribute('aria-label', ui.appName);
}

function adviceList(state: PaneState): Advice[] {
  const d = state.diagnosis;
  if (!d) return [];
  return listedRecipients(d).map((r) => adviceFor(d, r, state.locale, state.config));
}

function diagnosisContent(state: PaneState, ui: UiStrings, on: PaneHandlers): { el: HTMLElement; announce: string } {
  const d = state.diagnosis;
  const wrap = h('div', { class: 'bd-diagnosis' });
  const guideButton = (): HTMLElement => {
    const b = h('button', { type: 'button', class: 'bd-secondary', 'data-bd-focus': 'open-guide' }, ui.openGuide);
    b.addEventListener('click', () => on.setView('guide'));
    return b;
  };
  if (!d) {
    wrap.append(text('h3', ui.emptyHeading, { class: 'bd-headline' }), text('p', ui.emptyBody), guideButton());
    return { el: wrap, announce: '' };
  }
  if (d.unreadable) {
    wrap.append(text('h3', ui.unreadableHeading, { class: 'bd-headline', 'data-kind': 'unreadable' }), text('p', d.unreadable), guideButton());
    return { el: wrap, announce: `${ui.unreadableHeading}. ${d.unreadable}` };
  }
  const listed = listedRecipients(d);
  if (!d.bounce || listed.length === 0) {
    const kindText = d.kind === 'delivered' ? ui.kindDelivered : d.kind === 'vacation' ? ui.kindVacation : d.kind === 'feedback' ? ui.kindFeedback : ui.notBounceBody;
    wrap.append(text('h3', ui.notBounceHeading, { class: 'bd-headline', 'data-kind': d.kind }), text('p', kindText), guideButton());
    return { el: wrap, announce: `${ui.notBounceHeading}. ${kindText}` };
  }
  const advice = adviceList(state);
  const { headline } = headlineFor(d, state.locale, state.config);
  wrap.appendChild(text('h3', headline, { class: 'bd-headline', 'data-kind': d.kind }));
  if (d.forwarded) wrap.appendChild(text('p', ui.forwardedNote, { class: 'bd-muted' }));
  const detailId = uid('detail');
  wrap.appendChild(recipientList(listed, advice, state.selected, detailId, ui, { onSelect: on.select, onMove: on.move }));
  const r = listed[state.selected];
  const a = advice[state.selected];
  if (r && a) wrap.appendChild(recipientDetail(r, a, detailId, ui));
  wrap.appendChild(originalView(d, state.locale, ui));

  const copyBtn = h('button', { type: 'button', class: 'bd-primary bd-copy', 'data-bd-focus': 'copy' }, ui.copyButton);
  copyBtn.addEventListener('click', () => on.copy());
  wrap.appendChild(h('div', { class: 'bd-copy-area' }, copyBtn,
    h('p', { class: 'bd-copy-status', role: 'status', 'aria-live': 'polite' }),
    h('div', { class: 'bd-copy-fallback' })));
  return { el: wrap, announce: a ? `${headline}. ${a.title}` : headline };
}

/**
 * Renders state into root. Stateless: call again after any change. Focus is kept on the control with
 * the same data-bd-focus key, so re-rendering never throws keyboard users back to the top.
 */
export function renderPane(root: HTMLElement, state: PaneState, on: PaneHandlers, opts: { views?: PaneView[]; landmark?: 'main' | 'region'; theme?: 'auto' | 'light' | 'dark' } = {}): { announce: string } {
  const landmark = opts.landmark ?? 'main';
  const views = opts.views ?? ['diagnosis', 'guide', 'quota'];
  const ui = uiStrings(state.locale);
  const active = root.ownerDocument.activeElement;
  const focusKey = active && root.contains(active) ? active.getAttribute('data-bd-focus') : null;

  let sk = (root as HTMLElement & { __bdSkeleton?: Skeleton }).__bdSkeleton;
  if (!sk || !root.contains(sk.content)) {
    sk = buildSkeleton(root, landmark);
    (root as HTMLElement & { __bdSkeleton?: Skeleton }).__bdSkeleton = sk;
  }
  root.setAttribute('lang', state.locale);
  root.setAttribute('data-view', state.view);
  if (opts.theme && opts.theme !== 'auto') root.setAttribute('data-bd-theme', opts.theme);
  else root.removeAttribute('data-bd-theme');
  renderChrome(sk, state, views, ui, on, landmark);

  clear(sk.content);
  let announce = '';
  const waiting = !adviceReady(state.locale) && !adviceFailed(state.locale);
  sk.content.setAttribute('aria-busy', waiting ? 'true' : 'false');
  if (waiting) {
    sk.content.appendChild(h('p', { class: 'bd-loading' }, '…'));
  } else if (state.view === 'guide') {
    sk.content.appendChild(guideView(guideFor(state.locale, state.config), ui));
  } else if (state.view === 'quota') {
    const q = state.quota;
    const thresholds = thresholdsOf(state.config);
    const level = q ? (q.level ?? quotaLevel(q.used, q.limit, thresholds)) : 'unknown';
    const advice = quotaFor(level, q ? { used: q.used, limit: q.limit } : null, state.locale, state.config);
    sk.content.appendChild(quotaView(q, level, thresholds, advice, state.locale, ui));
  } else {
    const r = diagnosisContent(state, ui, on);
    sk.content.appendChild(r.el);
    announce = r.announce;
  }

  if (focusKey) {
    const again = root.querySelector<HTMLElement>(`[data-bd-focus="${CSS.escape(focusKey)}"]`);
    again?.focus();
  }
  return { announce };
}

export function createPane(root: HTMLElement, options: PaneOptions = {}): PaneController {
  // The org config's language (if the admin set one) wins over the host's; the user can still switch.
  const forced = (c: OrgConfig | undefined): Locale | null => (c?.language === 'ja' || c?.language === 'en' ? c.language : null);
  const locale = forced(options.config) ?? options.locale ?? detectLocale(typeof navigator !== 'undefined' ? navigator.languages : undefined);
  let state = initialState(locale, options.config ?? { ...DEFAULT_CONFIG }, options.configErrors ?? []);
  let lastAnnounced = '';
  let liveTimer: ReturnType<typeof setTimeout> | null = null;
  const copy = options.copy ?? ((v: string) => copyText(v));

  const announce = (msg: string): void => {
    const sk = (root as HTMLElement & { __bdSkeleton?: Skeleton }).__bdSkeleton;
    if (!sk || !msg || msg === lastAnnounced) return;
    lastAnnounced = msg;
    // Clear first, then set on the next tick: screen readers announce a change, not a static text.
    sk.live.textContent = '';
    if (liveTimer) clearTimeout(liveTimer);
    liveTimer = setTimeout(() => { sk.live.textContent = msg; }, 50);
  };

  const set = (next: PaneState, focus?: string): void => {
    state = next;
    ensureAdvice(state.locale);
    const r = renderPane(root, state, handlers, options);
    announce(state.notice ?? r.announce);
    if (focus) root.querySelector<HTMLElement>(`[data-bd-focus="${CSS.escape(focus)}"]`)?.focus();
  };
  // Advice comes in per language, after the first paint (and on a switch to the other language):
  // render again once that language is there (or its load has failed).
  let pendingAdvice: Locale | null = null;
  const ensureAdvice = (l: Locale): void => {
    if (adviceReady(l) || adviceFailed(l) || pendingAdvice === l) return;
    pendingAdvice = l;
    const done = (): void => {
      pendingAdvice = null;
      if (state.locale === l) set(state);
    };
    loadAdvice(l).then(done, done);
  };

  const handlers: PaneHandlers = {
    setLocale(l) {
      if (l === state.locale) return;
      set(withLocale(state, l));
      options.onLocaleChange?.(l);
    },
    setView(v) {
      set(withView(state, v), v === 'diagnosis' ? undefined : 'view-heading');
    },
    select(i) {
      const next = withSelected(state, i);
      set(next, `rcpt-${next.selected}`);
    },
    move(delta) {
      const next = moveSelection(state, delta);
      set(next, `rcpt-${next.selected}`);
    },
    copy() {
      const d = state.diagnosis;
      if (!d) return;
      const ui = uiStrings(state.locale);
      const value = helpdeskText(d, adviceList(state), state.locale);
      const status = root.querySelector<HTMLElement>('.bd-copy-status');
      const slot = root.querySelector<HTMLElement>('.bd-copy-fallback');
      void copy(value).then((ok) => {
        if (ok) {
          if (status) status.textContent = ui.copied;
          if (slot) clear(slot);
          return;
        }
        if (status) status.textContent = ui.copyFallback;
        if (slot) {
          clear(slot);
          const id = uid('copy-text');
          const ta = h('textarea', { id, class: 'bd-copy-text', readonly: true, rows: 8, spellcheck: 'false' });
          ta.value = value;
          slot.append(h('label', { for: id }, ui.copyTextLabel), ta);
          ta.focus();
          ta.select();
        }
      });
    },
  };

  set(state);

  return {
    root,
    getState: () => state,
    showDiagnosis: (d) => set(withDiagnosis(state, d)),
    showGuide: () => set(withView(state, 'guide')),
    showQuota: (q) => set(withView(withQuota(state, q), 'quota')),
    setLocale: (l) => handlers.setLocale(l),
    setConfig: (config, errors = []) => {
      const l = forced(config);
      const before = state.locale;
      set(withConfig(l ? withLocale(state, l) : state, config, errors));
      if (l && l !== before) options.onLocaleChange?.(l);
    },
    setNotice: (notice) => set({ ...state, notice }),
    select: (i) => set(withSelected(state, i)),
    currentAdvice: () => adviceList(state),
    destroy: () => {
      if (liveTimer) clearTimeout(liveTimer);
      clear(root);
      delete (root as HTMLElement & { __bdSkeleton?: Skeleton }).__bdSkeleton;
      root.classList.remove('bd-pane');
    },
  };
}
