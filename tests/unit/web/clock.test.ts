import { describe, expect, it } from 'vitest';
import { ClockEstimator } from '../../../web/lib/client/clock';

describe('ClockEstimator (GameClient adapter)', () => {
  it('returns null without samples', () => {
    expect(new ClockEstimator().estimate()).toBeNull();
  });
  it('trusts the quickest samples', () => {
    const clock = new ClockEstimator();
    const offset = 5000;
    // Symmetric quick samples give the true offset; a slow asymmetric one would skew it.
    for (const [t0, up, down] of [
      [0, 5, 5],
      [100, 6, 6],
      [200, 4, 4],
      [300, 200, 5],
    ] as const) {
      const t1 = t0 + up + offset;
      clock.add({ t0, t1, t2: t1, t3: t0 + up + down });
    }
    const estimate = clock.estimate()!;
    expect(estimate.offsetMs).toBeCloseTo(offset, 5);
    expect(estimate.rttMs).toBe(8);
  });
});
