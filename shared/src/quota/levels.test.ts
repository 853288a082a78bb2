import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LEVEL_RANK, normalizeThresholds, quotaLevel, quotaUsage, worstLevel } from './index.js';

const MiB = 1024 * 1024;

describe('quotaLevel', () => {
  it('uses 80 / 95 by default, with the boundaries inclusive', () => {
    expect(quotaLevel(0, MiB)).toBe('ok');
    expect(quotaLevel(79, 100)).toBe('ok');
    expect(quotaLevel(80, 100)).toBe('warn');
    expect(quotaLevel(94, 100)).toBe('warn');
    expect(quotaLevel(95, 100)).toBe('critical');
    expect(quotaLevel(99, 100)).toBe('critical');
    expect(quotaLevel(100, 100)).toBe('full');
    expect(quotaLevel(120, 100)).toBe('full');
  });

  it('reads a Dovecot-style reading in KiB like a byte reading', () => {
    expect(quotaLevel(929, 1024)).toBe('warn'); // 90.7 %
    expect(quotaLevel(512, 1024)).toBe('ok');
  });

  it('applies admin thresholds', () => {
    expect(quotaLevel(70, 100, { warnPercent: 70, criticalPercent: 90 })).toBe('warn');
    expect(quotaLevel(90, 100, { warnPercent: 70, criticalPercent: 90 })).toBe('critical');
    expect(quotaLevel(85, 100, { warnPercent: 90 })).toBe('ok');
  });

  it('is unknown without a usable limit', () => {
    expect(quotaLevel(10, 0)).toBe('unknown');
    expect(quotaLevel(10, undefined)).toBe('unknown');
    expect(quotaLevel(undefined, 100)).toBe('unknown');
    expect(quotaLevel(Number.NaN, 100)).toBe('unknown');
    expect(quotaLevel(-1, 100)).toBe('unknown');
    expect(quotaLevel('50', '100')).toBe('unknown');
    expect(quotaLevel(1, Number.POSITIVE_INFINITY)).toBe('unknown');
  });

  it('never throws and never goes down when usage goes up', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 1e12 }), (a, b, limit) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(LEVEL_RANK[quotaLevel(hi, limit)]).toBeGreaterThanOrEqual(LEVEL_RANK[quotaLevel(lo, limit)]);
      }),
    );
  });
});

describe('normalizeThresholds', () => {
  it('falls back per field and orders a swapped pair', () => {
    expect(normalizeThresholds({ warnPercent: 0, criticalPercent: 150 })).toEqual({ warnPercent: 80, criticalPercent: 95 });
    expect(normalizeThresholds({ warnPercent: 97, criticalPercent: 85 })).toEqual({ warnPercent: 85, criticalPercent: 97 });
    expect(normalizeThresholds(null)).toEqual({ warnPercent: 80, criticalPercent: 95 });
  });
});

describe('quotaUsage', () => {
  it('gives a percentage with one decimal, rounded down', () => {
    expect(quotaUsage(929, 1024)).toEqual({ used: 929, limit: 1024, percent: 90.7, level: 'warn' });
    expect(quotaUsage(1, 3).percent).toBe(33.3);
    expect(quotaUsage(5, 0)).toEqual({ used: 5, limit: 0, percent: null, level: 'unknown' });
  });
});

describe('worstLevel', () => {
  it('picks the most severe, and unknown only when nothing is known', () => {
    expect(worstLevel(['ok', 'critical', 'warn'])).toBe('critical');
    expect(worstLevel(['unknown', 'ok'])).toBe('ok');
    expect(worstLevel([])).toBe('unknown');
  });
});
