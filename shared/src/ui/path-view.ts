// The delivery-path picture: you -> your server -> their server -> their mailbox, with the point where
// the mail stopped crossed out and the side that must act underlined. Built with DOM APIs (no markup
// strings); colours come from CSS classes so dark and forced-colors themes restyle it.
import type { Actor } from '../types.js';
import type { StopPoint } from '../advice/types.js';
import { h, s } from './dom.js';
import { fill, type UiStrings } from './strings.js';

const STOP_INDEX: Record<StopPoint, number> = {
  sender: 0, 'sender-server': 1, 'recipient-server': 2, 'recipient-mailbox': 3, unknown: -1,
};

export type Side = 'yours' | 'theirs' | null;

export function actingSide(actor: Actor): Side {
  if (actor === 'sender' || actor === 'sender-admin') return 'yours';
  if (actor === 'recipient' || actor === 'recipient-admin') return 'theirs';
  return null;
}

/** The sentence that says what the picture shows (visible, and the picture's accessible name). */
export function pathDescription(stoppedAt: StopPoint, actor: Actor, actorLabel: string, ui: UiStrings, waiting = false): string {
  const where: Record<Exclude<StopPoint, 'unknown'>, string> = {
    sender: ui.whereSender,
    'sender-server': ui.whereSenderServer,
    'recipient-server': ui.whereRecipientServer,
    'recipient-mailbox': ui.whereRecipientMailbox,
  };
  const first = stoppedAt === 'unknown' ? ui.pathUnknown : fill(waiting ? ui.pathWaitingAt : ui.pathStoppedAt, { where: where[stoppedAt] });
  const second = actor === 'nobody' ? ui.pathNobodyActs : fill(ui.pathActs, { who: actorLabel });
  return `${first} ${second}`;
}

const XS = [40, 120, 200, 280];
const Y = 34;

function label(x: number, lines: string[], cls: string): SVGElement {
  const t = s('text', { x, y: 66, class: cls, 'text-anchor': 'middle' });
  lines.forEach((line, i) => {
    const span = s('tspan', { x, dy: i === 0 ? 0 : 13 });
    span.textContent = line;
    t.appendChild(span);
  });
  return t;
}

/** waiting: the mail is queued and retried (a delay), drawn as a pause rather than a cross. */
export function pathView(stoppedAt: StopPoint, actor: Actor, actorLabel: string, ui: UiStrings, waiting = false): HTMLElement {
  const stop = STOP_INDEX[stoppedAt] ?? -1;
  const side = actingSide(actor);
  // The picture repeats the sentence below it, so screen readers get the sentence only.
  const svg = s('svg', {
    viewBox: '0 0 320 124', 'aria-hidden': 'true', focusable: 'false',
    class: `bd-path-svg bd-stop-${stop < 0 ? 'unknown' : stoppedAt}${waiting ? ' bd-path-waiting' : ''}`,
    'data-stopped-at': stoppedAt, 'data-acting-side': side ?? 'none',
  });

  // Segments: travelled up to the stop point, not reached after it.
  for (let i = 0; i < 3; i++) {
    const reached = stop >= 0 && i < stop;
    svg.appendChild(s('line', {
      x1: XS[i]! + 15, y1: Y, x2: XS[i + 1]! - 15, y2: Y,
      class: reached ? 'bd-seg bd-seg-reached' : 'bd-seg bd-seg-not',
    }));
    if (reached) svg.appendChild(s('path', { d: `M ${XS[i + 1]! - 22} ${Y - 5} L ${XS[i + 1]! - 16} ${Y} L ${XS[i + 1]! - 22} ${Y + 5}`, class: 'bd-seg-arrow' }));
  }

  const names = [ui.pathYou, ui.pathYourServer, ui.pathTheirServer, ui.pathMailbox];
  XS.forEach((x, i) => {
    const isStop = i === stop;
    const past = stop >= 0 && i > stop;
    svg.appendChild(s('circle', { cx: x, cy: Y, r: 14, class: isStop ? (waiting ? 'bd-node bd-node-wait' : 'bd-node bd-node-stop') : past ? 'bd-node bd-node-not' : 'bd-node' }));
    if (isStop && waiting) {
      svg.appendChild(s('path', { d: `M ${x - 4} ${Y - 6} L ${x - 4} ${Y + 6} M ${x + 4} ${Y - 6} L ${x + 4} ${Y + 6}`, class: 'bd-wait-mark' }));
    } else if (isStop) {
      svg.appendChild(s('path', { d: `M ${x - 6} ${Y - 6} L ${x + 6} ${Y + 6} M ${x + 6} ${Y - 6} L ${x - 6} ${Y + 6}`, class: 'bd-stop-mark' }));
    } else if (!past && stop >= 0) {
      svg.appendChild(s('circle', { cx: x, cy: Y, r: 4, class: 'bd-node-dot' }));
    }
    svg.appendChild(label(x, (names[i] ?? '').split('\n'), isStop ? (waiting ? 'bd-node-label bd-node-label-wait' : 'bd-node-label bd-node-label-stop') : 'bd-node-label'));
  });

  // Brackets under each side; the side that must act is drawn heavy and marked.
  const bracket = (x1: number, x2: number, text: string, acts: boolean): void => {
    const cls = acts ? 'bd-side bd-side-acts' : 'bd-side';
    svg.appendChild(s('path', { d: `M ${x1} 98 L ${x1} 104 L ${x2} 104 L ${x2} 98`, class: cls }));
    const t = s('text', { x: (x1 + x2) / 2, y: 119, 'text-anchor': 'middle', class: acts ? 'bd-side-label bd-side-label-acts' : 'bd-side-label' });
    t.textContent = acts ? `▲ ${text}` : text;
    svg.appendChild(t);
  };
  bracket(18, 142, ui.pathYourSide, side === 'yours');
  bracket(178, 302, ui.pathTheirSide, side === 'theirs');

  const desc = h('figcaption', { class: 'bd-path-desc' });
  desc.textContent = pathDescription(stoppedAt, actor, actorLabel, ui, waiting);
  return h('figure', { class: 'bd-path' }, svg, desc);
}
