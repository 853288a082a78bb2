// phraseOf() and matchPhrase() read every reason's phrases from one scan of the text; they must return
// what asking includes() phrase by phrase, in each reason's list order, with its `unless` veto, returns.
import { describe, expect, it } from 'vitest';
import type { Reason } from '../types.js';
import { matchPhrase, phraseOf } from './classify.js';
import { REASON_ORDER } from './order.js';

function reference(reason: Reason, lower: string): string | null {
  const rule = REASON_ORDER.find((r) => r.name === reason);
  if (!rule || !lower) return null;
  if (rule.unless?.some((u) => lower.includes(u))) return null;
  return rule.phrases.find((p) => lower.includes(p)) ?? null;
}

const ALL = REASON_ORDER.flatMap((r) => [...r.phrases, ...(r.unless ?? [])]);

function texts(): string[] {
  let s = 11;
  const rnd = (n: number): number => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return (s >>> 12) % n;
  };
  const out = ['', ' ', 'x', '550 5.1.1 <a@example.org>: Recipient address rejected: User unknown in local recipient table'];
  for (const p of ALL) {
    out.push(p, `550 ${p}.`, p.slice(0, -1), p.slice(1), p.toUpperCase());
  }
  for (let i = 0; i < 400; i++) {
    const parts: string[] = [];
    for (let k = rnd(5); k >= 0; k--) parts.push(ALL[rnd(ALL.length)]!.slice(rnd(3)), ['', ' ', '\r\n', 'ü', ': '][rnd(5)]!);
    out.push(parts.join(''));
  }
  return out;
}

describe('phrase scan', () => {
  it('phraseOf agrees with includes() in list order for every reason', () => {
    for (const text of texts()) {
      const lower = text.toLowerCase();
      expect(REASON_ORDER.map((r) => phraseOf(r.name, lower)), lower).toEqual(REASON_ORDER.map((r) => reference(r.name, lower)));
      // Texts given as they are (callers pass lowercased text; an uppercase one finds nothing uppercase).
      expect(REASON_ORDER.map((r) => phraseOf(r.name, text)), text).toEqual(REASON_ORDER.map((r) => reference(r.name, text)));
    }
  });

  it('matchPhrase returns the first reason in REASON_ORDER with a phrase', () => {
    for (const text of texts()) {
      const lower = text.toLowerCase();
      const want = REASON_ORDER.map((r) => ({ reason: r.name, phrase: reference(r.name, lower) })).find((x) => x.phrase) ?? null;
      expect(matchPhrase(text), text).toEqual(text ? want : null);
    }
  });

  it('knows no reason it has no rule for', () => {
    expect(phraseOf('nonsense' as Reason, 'user unknown')).toBeNull();
  });
});
