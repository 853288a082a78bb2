// What the shell shows for one diagnosis: the banner line and the toolbar badge. Pure, so the
// rules (delays are "still trying", non-bounces show nothing) are tested without Thunderbird.
import type { Diagnosis, Locale, OrgConfig } from '../core.js';
import { t } from '../strings.js';
import * as advice from '../../../shared/src/advice/index.js';

export type BannerTone = 'failed' | 'delayed';

export interface BounceBanner {
  tone: BannerTone;
  /** One line: what happened and to whom. */
  text: string;
  recipients: string[];
}

export interface Badge {
  text: string;
  color: string;
}

type Summarize = (d: Diagnosis, locale: Locale, config: OrgConfig) => { headline?: string; banner?: string };

/** The advice module's summarize() once it exists; the shell's own line until then. */
function summarizeFn(): Summarize | null {
  const f = (advice as Record<string, unknown>)['summarize'];
  return typeof f === 'function' ? (f as Summarize) : null;
}

/** Recipients the banner is about: failed ones for a failure, delayed ones for a delay. */
function concerned(d: Diagnosis): string[] {
  const want = d.kind === 'delayed' ? 'delayed' : 'failed';
  const hit = d.recipients.filter((r) => (r.action ?? (r.temporary ? 'delayed' : 'failed')) === want).map((r) => r.address);
  return hit.length ? hit : d.recipients.map((r) => r.address);
}

export function bannerFor(d: Diagnosis | null | undefined, locale: Locale, config: OrgConfig): BounceBanner | null {
  if (!d || (d.kind !== 'failed' && d.kind !== 'delayed')) return null;
  const tone: BannerTone = d.kind === 'delayed' ? 'delayed' : 'failed';
  const recipients = concerned(d);
  let text = '';
  const summarize = summarizeFn();
  if (summarize) {
    try {
      const s = summarize(d, locale, config);
      text = (s.banner || s.headline || '').trim();
    } catch {
      text = '';
    }
  }
  if (!text) {
    const first = recipients[0] ?? '?';
    const reason = d.recipients[0]?.reason ?? 'undefined';
    if (tone === 'delayed') text = recipients.length > 1 ? t(locale, 'delayedMany', { n: recipients.length }) : t(locale, 'delayedOne', { to: first });
    else text = recipients.length > 1 ? t(locale, 'failedMany', { n: recipients.length, to: first }) : t(locale, 'failedOne', { to: first, reason });
  }
  return { tone, text, recipients };
}

// Senders and subjects bounces are sent with, lowercase substrings (en, ja). Only a hint for
// reading ahead: every displayed message is diagnosed whatever these say.
const BOUNCE_AUTHORS = ['mailer-daemon', 'postmaster', 'mail delivery', 'mail administrator', 'microsoftexchange', 'mdaemon', 'mailer daemon'];
const BOUNCE_SUBJECTS = ['undeliver', 'undelivered', 'delivery status', 'delivery failure', 'failure notice', 'returned mail', 'returned to sender', 'delayed mail', 'not delivered', 'could not be delivered', '配信', '不達', 'エラー', '送信できません'];

export function looksLikeBounce(author: unknown, subject: unknown): boolean {
  const a = typeof author === 'string' ? author.toLowerCase() : '';
  const s = typeof subject === 'string' ? subject.toLowerCase() : '';
  return BOUNCE_AUTHORS.some((p) => a.includes(p)) || BOUNCE_SUBJECTS.some((p) => s.includes(p));
}

export const BADGE_COLORS = { failed: '#c5221f', delayed: '#b06000', warn: '#b06000', critical: '#c5221f', full: '#c5221f' } as const;

/** Per-tab badge of the message-header button: "!" for a failure, "…" while still trying, none otherwise. */
export function badgeFor(d: Diagnosis | null | undefined): Badge | null {
  if (!d) return null;
  if (d.kind === 'failed') return { text: '!', color: BADGE_COLORS.failed };
  if (d.kind === 'delayed') return { text: '…', color: BADGE_COLORS.delayed };
  return null;
}
