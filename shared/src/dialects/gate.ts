// What a bounce must show before a dialect's own `matches` is worth asking: its gate, as data.
//
// Every dialect is asked about every bounce in turn, so each of some forty small `matches` functions ran
// once per message: each got hot on its own and V8 compiled each separately (some forty TurboFan
// compiles, a quarter of a second of compile time in a benchmark run). Their first, cheap tests (a
// literal in the lowercased sender, subject, body or first lines, a header) are read here instead, by
// one function that gets hot at once and is compiled once; a dialect's own test runs only for the few
// messages its gate lets through, and mostly stays in the interpreter.
//
// A gate is a necessary condition of the dialect's test, never more: whenever `matches` is true, one of
// the gate's signs is found (lower-text.ts says why a case-insensitive regex's match implies the
// lowercased literal). A sign found proves nothing: the dialect's own test decides, as before.
import type { Message } from '../types.js';
import { head } from './mta-text.js';
import { bodyHas, headHas, longBodyHas, lowerFrom, lowerPart, lowerSubject, type BodySign } from './lower-text.js';

// Where a sign is looked for (small integers: one switch reads them all).
const FROM = 0;
const SUBJECT = 1;
const BODY = 2;
const LONG_BODY = 3;
const HEAD = 4;
const TOP = 5;
const HEADER = 6;
const HEADER_LOWER = 7;
const DSN_PART = 8;
type Where = typeof FROM | typeof SUBJECT | typeof BODY | typeof LONG_BODY | typeof HEAD | typeof TOP | typeof HEADER | typeof HEADER_LOWER | typeof DSN_PART;

/** One place and the literals any of which found there lets the message through. Every sign has the same
 *  fields, so the one function reading them sees one object shape. */
export interface Sign {
  readonly where: Where;
  readonly lits: readonly string[];
  /** The header's name (HEADER, HEADER_LOWER), else ''. */
  readonly key: string;
  /** How many first lines (TOP), else 0. */
  readonly n: number;
}

/** Any of the signs lets the message through to the dialect's own test. */
export type Gate = readonly Sign[];

const sign = (where: Where, lits: readonly string[], key = '', n = 0): Sign => ({ where, lits, key, n });

/** lowerFrom(): the parsed sender and the raw From header, lowercased. */
export const inFrom = (...lits: string[]): Sign => sign(FROM, lits);
/** lowerSubject(). */
export const inSubject = (...lits: string[]): Sign => sign(SUBJECT, lits);
/** bodyHas(): the body's first 6,000 characters, lowercased. */
export const inBody = (...signs: BodySign[]): Sign => sign(BODY, signs);
/** longBodyHas(): the first 20,000. */
export const inLongBody = (...signs: BodySign[]): Sign => sign(LONG_BODY, signs);
/** headHas(): appliance-text's headText(), lowercased. */
export const inHead = (...signs: BodySign[]): Sign => sign(HEAD, signs);
/** mta-text's head(msg, n): the first n lines, lowercased. */
export const inTop = (n: number, ...lits: string[]): Sign => sign(TOP, lits, '', n);
/** Any `key` header's raw value includes a literal (case as written). A literal '' asks only that the header exists. */
export const inHeader = (key: string, ...lits: string[]): Sign => sign(HEADER, lits, key);
/** Any `key` header's value, lowercased, includes a (lowercase) literal. */
export const inHeaderLower = (key: string, ...lits: string[]): Sign => sign(HEADER_LOWER, lits, key);
/** A message/delivery-status or message/global-delivery-status part's first 4,000 characters, lowercased. */
export const inDsnPart = (...lits: string[]): Sign => sign(DSN_PART, lits);

function anyIn(text: string, lits: readonly string[]): boolean {
  for (let i = 0; i < lits.length; i++) if (text.includes(lits[i]!)) return true;
  return false;
}

function bodyHasAny(msg: Message, lits: readonly string[], long: boolean): boolean {
  for (let i = 0; i < lits.length; i++) {
    const s = lits[i] as BodySign;
    if (long ? longBodyHas(msg, s) : bodyHas(msg, s)) return true;
  }
  return false;
}

function headHasAny(msg: Message, lits: readonly string[]): boolean {
  for (let i = 0; i < lits.length; i++) if (headHas(msg, lits[i] as BodySign)) return true;
  return false;
}

function headerHas(msg: Message, key: string, lits: readonly string[], lower: boolean): boolean {
  const headers = msg.headers;
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i]!;
    if (h.key === key && anyIn(lower ? h.value.toLowerCase() : h.value, lits)) return true;
  }
  return false;
}

function dsnPartHas(msg: Message, lits: readonly string[]): boolean {
  const parts = msg.parts;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if ((p.mimeType === 'message/delivery-status' || p.mimeType === 'message/global-delivery-status') && anyIn(lowerPart(p), lits)) return true;
  }
  return false;
}

function found(s: Sign, msg: Message): boolean {
  switch (s.where) {
    case FROM: return anyIn(lowerFrom(msg), s.lits);
    case SUBJECT: return anyIn(lowerSubject(msg), s.lits);
    case BODY: return bodyHasAny(msg, s.lits, false);
    case LONG_BODY: return bodyHasAny(msg, s.lits, true);
    case HEAD: return headHasAny(msg, s.lits);
    case TOP: return anyIn(head(msg, s.n), s.lits);
    case HEADER: return headerHas(msg, s.key, s.lits, false);
    case HEADER_LOWER: return headerHas(msg, s.key, s.lits, true);
    case DSN_PART: return dsnPartHas(msg, s.lits);
  }
}

/** Whether the message shows one of the gate's signs. */
export function passes(gate: Gate, msg: Message): boolean {
  for (let i = 0; i < gate.length; i++) if (found(gate[i]!, msg)) return true;
  return false;
}
