/**
 * Clock-offset estimation from ping samples (docs/flash-and-sync.md, "Clock sync"; SPEC C-1 … C-5).
 *
 * A sample holds four times: the device sends at t0 (device clock), the server receives at t1 and
 * replies at t2 (server clock), the device receives at t3 (device clock). With `offset = server − device`:
 *   offset = ((t1 − t0) + (t2 − t3)) / 2,   rtt = (t3 − t0) − (t2 − t1).
 * A sample's error is half the difference between its uplink and downlink delays, at most rtt / 2, so the
 * quickest samples are the trustworthy ones: keep the few with the smallest round trip and take the median
 * of their offsets (the median shrugs off one unlucky sample among them).
 */
import { median } from '../stats/descriptive';

/** One ping exchange: device send t0, server receive t1, server reply t2, device receive t3 (ms). */
export interface ClockSample {
  t0: number;
  t1: number;
  t2: number;
  t3: number;
}

/** Result of an estimate. */
export interface ClockEstimate {
  /** Server clock minus device clock, ms: `serverMs = localMs + offsetMs`. */
  offsetMs: number;
  /** Median round trip of the samples the offset came from, ms. */
  rttMs: number;
  /** How many valid samples the estimate considered. */
  samples: number;
}

/** How many of the quickest samples the estimate keeps by default. */
export const DEFAULT_KEEP = 3;

/** Offset and round trip of a single sample. */
export function measureSample(s: ClockSample): { offsetMs: number; rttMs: number } {
  return { offsetMs: (s.t1 - s.t0 + (s.t2 - s.t3)) / 2, rttMs: s.t3 - s.t0 - (s.t2 - s.t1) };
}

/** True when the sample's times are finite and describe a non-negative round trip. */
export function isValidSample(s: ClockSample): boolean {
  if (![s.t0, s.t1, s.t2, s.t3].every(Number.isFinite)) return false;
  return s.t3 >= s.t0 && s.t2 >= s.t1 && measureSample(s).rttMs >= 0;
}

/**
 * Estimate the clock offset from ping samples: the median offset of the `keep` samples with the
 * smallest round trip. Invalid samples (non-finite, negative round trip) are ignored. Returns null when
 * no valid sample remains.
 */
export function estimateOffset(
  samples: readonly ClockSample[],
  keep: number = DEFAULT_KEEP,
): ClockEstimate | null {
  const measured = samples.filter(isValidSample).map(measureSample);
  if (measured.length === 0) return null;
  const quickest = [...measured].sort((a, b) => a.rttMs - b.rttMs).slice(0, Math.max(1, Math.floor(keep)));
  // `quickest` holds at least one sample, so both medians are numbers.
  return {
    offsetMs: median(quickest.map((m) => m.offsetMs))!,
    rttMs: median(quickest.map((m) => m.rttMs))!,
    samples: measured.length,
  };
}
