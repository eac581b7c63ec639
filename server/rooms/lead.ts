/**
 * The lead between scheduling a flash and showing it: long enough that the schedule reaches every
 * device in time (docs/flash-and-sync.md, "Preload, then schedule"). lead = clamp(2 × p95 rtt + margin).
 */

/** Bounds and margin of the lead. */
export interface LeadPolicy {
  minMs: number;
  maxMs: number;
  marginMs: number;
}

/** Production policy: at least 600 ms, at most 3 s. */
export const DEFAULT_LEAD_POLICY: LeadPolicy = { minMs: 600, maxMs: 3000, marginMs: 400 };

/** 95th percentile (nearest rank) of `values`; null when empty. */
export function p95(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
}

/** The lead for a room whose connected devices have these round trips; null without samples. */
export function leadFor(rtts: readonly number[], policy: LeadPolicy = DEFAULT_LEAD_POLICY): number | null {
  const worst = p95(rtts);
  if (worst === null) return null;
  return Math.round(Math.min(policy.maxMs, Math.max(policy.minMs, 2 * worst + policy.marginMs)));
}
