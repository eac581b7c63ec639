/**
 * Adapter between the GameClient and the clock estimation in `shared/clock`.
 * INTERIM: until `shared/clock` lands, a minimal median-of-quickest estimate stands in.
 */

/** One ping's four timestamps (flash-and-sync.md, "Clock offset"). */
export interface PingSample {
  t0: number;
  t1: number;
  t2: number;
  t3: number;
}

/** Offset (server − device) and the round trip it came from. */
export interface ClockEstimate {
  offsetMs: number;
  rttMs: number;
}

/** Collects ping samples and estimates the offset from the quickest ones. */
export class ClockEstimator {
  #samples: PingSample[] = [];

  add(sample: PingSample): void {
    this.#samples.push(sample);
    if (this.#samples.length > 30) this.#samples.shift();
  }

  reset(): void {
    this.#samples = [];
  }

  estimate(): ClockEstimate | null {
    if (this.#samples.length === 0) return null;
    const rated = this.#samples
      .map((s) => ({ rtt: s.t3 - s.t0 - (s.t2 - s.t1), offset: (s.t1 - s.t0 + (s.t2 - s.t3)) / 2 }))
      .sort((a, b) => a.rtt - b.rtt)
      .slice(0, 3)
      .sort((a, b) => a.offset - b.offset);
    const mid = rated[Math.floor(rated.length / 2)]!;
    return { offsetMs: mid.offset, rttMs: Math.max(0, rated[0]!.rtt) };
  }
}
