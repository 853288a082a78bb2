// The advice contract between the catalog (this folder) and every view (CLI, shared pane, shells).
import type { Actor, Reason } from '../types.js';

/** Where along "you -> your server -> their server -> their mailbox" the mail stopped. */
export type StopPoint = 'sender' | 'sender-server' | 'recipient-server' | 'recipient-mailbox' | 'unknown';

export interface AdviceFact {
  label: string;
  value: string;
}

export interface Advice {
  reason: Reason;
  detail: string | null;
  /** One line: what happened, for whom. */
  title: string;
  /** The cause in plain words. */
  cause: string;
  actor: Actor;
  /** "You", "The recipient", "Your mail administrator"... in the chosen language. */
  actorLabel: string;
  temporary: boolean;
  /** Concrete steps for the actor, in order. */
  steps: string[];
  /** What to tell the other side or the helpdesk, and the facts to include. */
  tell: { who: string; facts: AdviceFact[]; /** What to say, in one or two sentences. */ message?: string } | null;
  /** The server's own words, verbatim (inserted as text by every view). */
  serverWords: string;
  stoppedAt: StopPoint;
  /** Links from the org config or the built-in catalog only, never from the bounce. */
  links: { label: string; url: string }[];
  /** A few words for lists and banners ("address does not exist"). */
  short?: string;
  /** Notes for mail administrators (DNS, blocklists, authentication), kept apart from the user's steps. */
  admin?: string[];
}

/** The subset the CLI prints under "advice" (DESIGN.md section 3). */
export interface AdviceJson {
  title: string;
  cause: string;
  actor: Actor;
  temporary: boolean;
  steps: string[];
}
