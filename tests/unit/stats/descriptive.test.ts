import { describe, expect, it } from 'vitest';
import { histogram, median, proportion, quantileSorted, rtSummary, RT_BINS } from '../../../shared/stats';

describe('proportion (Wilson 95%)', () => {
  it('2/5: p = .4, interval [.1176, .7693]', () => {
    // z = 1.959964, z² = 3.841459, n = 5, p = .4
    // denom  = 1 + z²/n            = 1.768292
    // centre = (p + z²/2n) / denom  = (0.4 + 0.384146) / 1.768292 = 0.443448
    // half   = z/denom · √(p(1−p)/n + z²/4n²) = 1.108393 · √(0.048 + 0.038415) = 1.108393 · 0.293964 = 0.325827
    // → [0.117621, 0.769275]
    const r = proportion(2, 5);
    expect(r?.p).toBe(0.4);
    expect(r?.low).toBeCloseTo(0.117621, 5);
    expect(r?.high).toBeCloseTo(0.769275, 5);
  });

  it('3/3: upper bound exactly 1, lower .4385', () => {
    // denom = 1 + 3.841459/3 = 2.280486; centre = (1 + 0.640243)/2.280486 = 0.719250
    // half = 1.959964/2.280486 · √(3.841459/36) = 0.859451 · 0.326662 = 0.280750 → [0.438500, 1]
    const r = proportion(3, 3);
    expect(r?.low).toBeCloseTo(0.4385, 4);
    expect(r?.high).toBe(1);
  });

  it('0/10: lower bound exactly 0, upper .2775 (rule of three is .3)', () => {
    // denom = 1.384146; centre = 0.192073/1.384146 = 0.138767; half = 1.415995 · √(0.0096037) = 0.138767
    // upper = 2·0.138767 = 0.277535 — for k = 0, low = centre − half is 0 up to rounding.
    const r = proportion(0, 10);
    expect(r?.low).toBe(0);
    expect(r?.high).toBeCloseTo(0.277535, 5);
  });

  it('no trials is null, not 0%', () => {
    expect(proportion(0, 0)).toBeNull();
  });

  it('rejects impossible counts', () => {
    expect(() => proportion(3, 2)).toThrow(RangeError);
    expect(() => proportion(-1, 2)).toThrow(RangeError);
    expect(() => proportion(1.5, 2)).toThrow(RangeError);
  });
});

describe('quantiles (type 7)', () => {
  it('interpolates between order statistics', () => {
    const s = [400, 500, 3500];
    // q1: h = 2 · .25 = 0.5 → 400 + .5 · 100 = 450; q3: h = 1.5 → 500 + .5 · 3000 = 2000
    expect(quantileSorted(s, 0.25)).toBe(450);
    expect(quantileSorted(s, 0.5)).toBe(500);
    expect(quantileSorted(s, 0.75)).toBe(2000);
    expect(quantileSorted([], 0.5)).toBeNull();
  });

  it('median of an even count is the mean of the middle two', () => {
    // sorted 500 700 1000 2000 → (700 + 1000) / 2
    expect(median([1000, 700, 2000, 500])).toBe(850);
  });
});

describe('reaction-time histogram', () => {
  it('uses 250 ms bins to 3 s then an open bin', () => {
    expect(RT_BINS).toHaveLength(13);
    expect(RT_BINS[12]).toEqual({ fromMs: 3000, toMs: null });
    // 0 → bin 0; 249.9 → bin 0; 250 → bin 1; 2999 → bin 11; 3000 and 60000 → bin 12
    const counts = histogram([0, 249.9, 250, 2999, 3000, 60000]);
    expect(counts).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2]);
  });

  it('summarises an empty list with nulls', () => {
    const r = rtSummary([]);
    expect(r).toMatchObject({ n: 0, q1: null, median: null, q3: null, min: null, max: null });
    expect(r.bins.every((c) => c === 0)).toBe(true);
  });
});
