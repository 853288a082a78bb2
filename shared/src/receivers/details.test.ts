import { describe, expect, it } from 'vitest';
import { DETAILS } from './details.js';
import { RECEIVERS } from './index.js';
import { MICROSOFT_CODES } from './microsoft-codes.js';

describe('DETAILS', () => {
  it('lists every detail the Microsoft table and the provider facts name, each once', () => {
    const named = new Set<string>();
    for (const list of Object.values(MICROSOFT_CODES)) for (const c of list) if (c.detail) named.add(c.detail);
    for (const r of RECEIVERS) for (const f of r.facts ?? []) if (f.detail) named.add(f.detail);
    const known = new Set<string>(DETAILS);
    for (const d of named) expect(known.has(d), d).toBe(true);
    expect(known.size).toBe(DETAILS.length);
  });

  it('every rule is dated and names how it is recognised', () => {
    for (const r of RECEIVERS) {
      expect(r.since, r.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.domains.length + r.mtaSuffixes.length + (r.signatures?.length ?? 0), r.name).toBeGreaterThan(0);
    }
  });
});
