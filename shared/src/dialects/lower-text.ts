// Lowercased copies of what the dialects' `matches` look at, made once per message. Every dialect tries
// every bounce in turn, and a case-insensitive regex has to walk the text on its own each time, where
// includes() of a lowercase literal on one lowercased copy is a fast scan.
//
// Used only to rule messages OUT before the dialect's own test runs: whenever /literal/i (no u flag)
// matches a text, the lowercased text includes the lowercased literal (only ASCII letters fold to ASCII
// letters, and toLowerCase maps character by character, so a match stays contiguous). The converse is
// not always true (U+212A KELVIN SIGN lowercases to "k", U+0130 to "i" + a combining dot), so a hit is
// always confirmed by the dialect's own test.
import type { Message, Part } from '../types.js';
import { header } from '../message/index.js';
import { headText } from './appliance-text.js';

/** Covers every body window the dialects look at up to 6,000 characters. */
export const SHORT = 6000;
/** The widest window (Exchange's NDR signature, sendmail's transcript marker). */
const LONG = 20000;

/**
 * What is derived from one message, each field computed on first use. One WeakMap entry per message.
 * No field is ever undefined: a field that starts as undefined and later holds a string or a Set makes
 * V8 widen the field's type, and every optimised function that read it is thrown away and compiled
 * again. '' (a string) stands for "not yet" (an empty result is simply worked out again), NO_SIGNS and
 * NO_ENDS for the Set and the array, 0 for the test that is not yet made.
 */
export interface View {
  body: string;
  longBody: string;
  from: string;
  subject: string;
  head: string;
  signs: Set<string>;
  /** mta-text's head(): the first lines, lowercased. */
  top: string;
  topEnds: number[];
  /** exchange2007's signature test: 0 not yet made, 1 no, 2 yes. */
  exchangeNdr: 0 | 1 | 2;
}

/** View.signs before the scan. Never filled: signsIn returns a new Set. */
const NO_SIGNS: Set<string> = new Set();
/** View.topEnds before they are found (lineEnds always returns 40 entries). */
export const NO_ENDS: number[] = [];

const views = new WeakMap<Message, View>();
const parts = new WeakMap<Part, string>();
// The message asked about last and its view: the dialects ask some fifty times about one message in a
// row, and a WeakMap lookup costs far more than this comparison. Holds one message at most beyond its use.
let lastMsg: Message | undefined;
let lastView: View | undefined;
let lastPart: Part | undefined;
let lastLowerPart = '';

export function viewOf(msg: Message): View {
  if (msg === lastMsg) return lastView!;
  let v = views.get(msg);
  if (v === undefined) {
    v = { body: '', longBody: '', from: '', subject: '', head: '', signs: NO_SIGNS, top: '', topEnds: NO_ENDS, exchangeNdr: 0 };
    views.set(msg, v);
  }
  lastMsg = msg;
  lastView = v;
  return v;
}

/** msg.text.slice(0, 6000), lowercased. */
export function lowerBody(msg: Message, v: View = viewOf(msg)): string {
  return v.body || (v.body = msg.text.slice(0, SHORT).toLowerCase());
}

/** msg.text.slice(0, 20000).toLowerCase(), exactly (sendmail tests a regex on it). */
export function lowerLongBody(msg: Message): string {
  if (msg.text.length <= SHORT) return lowerBody(msg);
  const v = viewOf(msg);
  return v.longBody || (v.longBody = msg.text.slice(0, LONG).toLowerCase());
}

/**
 * The lowercase literals the dialects' `matches` look for in the body. One scan per message finds all of
 * them: a regex alternation walks the text once, where one includes() per literal walks it once each.
 */
export const BODY_SIGNS = [
  'delivery to the following recipient', // gmail
  'this is an automatically generated delivery status notification', // outlook
  'recipient(s)', // exchange2003
  'sorry, we were unable to deliver your message to the following address', // yahoo
  'technical report:', // amazonworkmail
  'was not delivered to:', // domino
  'failure reasons', // notes
  'message from interscan messaging security suite', // trendmicro
  'error message below:', 'message details:', // apachejames
  'unable to deliver message to the following address', // x2
  'server message', 'smtp command', // mfilter
  'your message could not be sent.', 'a transcript of the attempts to send the message follows.', // surfcontrol
  'could not be delivered because of', 'the following recipients were affected', // mailmarshal
  'the problem appears to be :', 'additional information follows :', // mimecast
  'we had trouble delivering your message. full details follow:', // x6
  'unable to deliver message to:', 'delivery failed for the following reason:', // mailfoundry
  'your mail message to the following address(es) could not be delivered', // x4
  'transcript of session follows', // sendmail, v5sendmail
  // Exchange 2007+ (office365, exchange2007)
  'generating server', 'serveur de g', 'server di generazione', 'generierender server', '生成サーバー', 'reported error:', 'dsn generated by:',
] as const;
export type BodySign = (typeof BODY_SIGNS)[number];

/**
 * The scan looks for an anchor of each sign: its tail from the first space, so that nearly every
 * alternative starts with ' ' and the regex rules most positions out at their first character. A tail
 * that is one common word (" message", " server") would stop the scan too often: such signs are
 * looked for whole. A found anchor is confirmed by startsWith() of the whole sign where it would start.
 */
function anchorAt(sign: string): number {
  const k = sign.indexOf(' ');
  return k !== -1 && sign.indexOf(' ', k + 1) !== -1 ? k : 0;
}

// Longest first: at one position the alternation takes the longest anchor there, and every shorter
// anchor found at the same position is a prefix of it (PREFIXES adds those).
const ANCHORS = [...new Set(BODY_SIGNS.map((s) => s.slice(anchorAt(s))))].sort((a, b) => b.length - a.length);
const SCAN = new RegExp(ANCHORS.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
const PREFIXES = new Map<string, string[]>(ANCHORS.map((a) => [a, ANCHORS.filter((b) => b !== a && a.startsWith(b))]));
/** Anchor -> the signs it belongs to, with the anchor's offset in each. */
const SIGNS_OF = new Map<string, [BodySign, number][]>();
for (const s of BODY_SIGNS) {
  const k = anchorAt(s);
  const a = s.slice(k);
  SIGNS_OF.set(a, [...(SIGNS_OF.get(a) ?? []), [s, k]]);
}

function confirm(text: string, anchor: string, at: number, out: Set<string>): void {
  for (const [sign, k] of SIGNS_OF.get(anchor) ?? []) {
    // startsWith() clamps a negative position to 0: a sign cannot start before the text does.
    if (at >= k && text.startsWith(sign, at - k)) out.add(sign);
  }
}

/** The body signs in a lowercased text: exactly those `text.includes(sign)` is true for. */
export function signsIn(text: string): Set<string> {
  const out = new Set<string>();
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m; m = SCAN.exec(text)) {
    confirm(text, m[0], m.index, out);
    for (const p of PREFIXES.get(m[0]) ?? []) confirm(text, p, m.index, out);
    // Occurrences may overlap: go on from the next character, not from the end of this one.
    SCAN.lastIndex = m.index + 1;
  }
  return out;
}

/** lowerBody(msg).includes(sign), from one scan per message. */
export function bodyHas(msg: Message, sign: BodySign): boolean {
  const v = viewOf(msg);
  return (v.signs === NO_SIGNS ? (v.signs = signsIn(lowerBody(msg, v))) : v.signs).has(sign);
}

/** lowerLongBody(msg).includes(sign): the 20,000-character window. */
export function longBodyHas(msg: Message, sign: BodySign): boolean {
  return msg.text.length <= SHORT ? bodyHas(msg, sign) : lowerLongBody(msg).includes(sign);
}

/** The parsed sender and the raw From header, lowercased: what fromMatches() tests. */
export function lowerFrom(msg: Message): string {
  const v = viewOf(msg);
  return v.from || (v.from = `${msg.from}\n${header(msg, 'from') ?? ''}`.toLowerCase());
}

/** msg.subject lowercased: rules subject regexes out before they run (and before V8 compiles them). */
export function lowerSubject(msg: Message): string {
  const v = viewOf(msg);
  return v.subject || (v.subject = msg.subject.toLowerCase());
}

/**
 * Whether headText(msg), lowercased, could include `sign`: when the message has no text/plain parts,
 * headText is the body's first 4,000 characters, inside lowerBody's window.
 */
export function headHas(msg: Message, sign: BodySign): boolean {
  if (!msg.parts.some((p) => p.mimeType.startsWith('text/plain'))) return bodyHas(msg, sign);
  const v = viewOf(msg);
  return (v.head || (v.head = headText(msg).toLowerCase())).includes(sign);
}

/** The first 4,000 characters of a part, lowercased (delivery-status vendor fields). */
export function lowerPart(part: Part): string {
  if (part === lastPart) return lastLowerPart;
  let s = parts.get(part);
  if (s === undefined) {
    s = part.text.slice(0, 4000).toLowerCase();
    parts.set(part, s);
  }
  lastPart = part;
  lastLowerPart = s;
  return s;
}
