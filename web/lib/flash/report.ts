/**
 * The per-round timing report (timingReportSchema) and the page's `window.glimpse.flashLog`,
 * which keeps every report plus the local first-frame times for the browser tests and benchmark.
 */
import type { TimingReport } from '$shared/protocol/schemas';
import type { FlashOutcome, MissedReason } from './frames';

/** One `flashLog` line: the report sent to the server plus local times on the epoch clock. */
export interface FlashLogEntry extends TimingReport {
  /** `performance.timeOrigin + first expression rAF timestamp`; null when missed before it. */
  apexEpochMs: number | null;
  /** `performance.timeOrigin + first mask rAF timestamp`; null when it never showed. */
  maskEpochMs: number | null;
}

declare global {
  interface Window {
    glimpse?: { flashLog: FlashLogEntry[] };
  }
}

/** Clock figures at the time of the report. */
export interface ClockFigures {
  offsetMs: number;
  rttMs: number | null;
}

/** Build the report for `round` from a flash outcome and the clock estimate. */
export function buildReport(
  round: number,
  showAt: number,
  outcome: FlashOutcome,
  clock: ClockFigures,
  refreshHz: number,
): FlashLogEntry {
  const epoch = (ts: number | null) => (ts === null ? null : performance.timeOrigin + ts);
  const apexEpochMs = epoch(outcome.apexTs);
  return {
    round,
    showAt,
    offsetMs: clock.offsetMs,
    rttMs: Math.min(60_000, Math.max(0, clock.rttMs ?? 0)),
    shownAt: apexEpochMs === null ? null : apexEpochMs + clock.offsetMs,
    framesRequested: Math.min(1000, outcome.framesRequested),
    framesShown: Math.min(1000, outcome.framesShown),
    refreshHz: Math.min(1000, Math.max(0, Number.isFinite(refreshHz) ? refreshHz : 0)),
    missed: outcome.missed,
    missedReason: outcome.missedReason,
    apexEpochMs,
    maskEpochMs: epoch(outcome.maskTs),
  };
}

/** An outcome for a round this device could not flash at all. */
export function missedOutcome(reason: MissedReason, framesRequested: number): FlashOutcome {
  return { missed: true, missedReason: reason, apexTs: null, maskTs: null, framesRequested, framesShown: 0 };
}

/** Append to `window.glimpse.flashLog` (created on first use). */
export function logFlash(entry: FlashLogEntry): void {
  window.glimpse ??= { flashLog: [] };
  window.glimpse.flashLog.push(entry);
}

/** Strip the local-only fields before sending (the schema is strict). */
export function toWire(entry: FlashLogEntry): TimingReport {
  const { apexEpochMs: _a, maskEpochMs: _m, ...report } = entry;
  return report;
}
