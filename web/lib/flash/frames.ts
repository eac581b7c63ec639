/**
 * Frame arithmetic for the flash (docs/flash-and-sync.md, "Frames"). Pure: no DOM, so it is unit tested.
 */
import { median as statsMedian } from '../../../shared/stats/descriptive';

/** Median of a list of numbers (NaN when empty). */
export function median(values: readonly number[]): number {
  return statsMedian(values) ?? NaN;
}

/** Exposure as a whole number of frames: `max(1, round(ms / interval))`. */
export function framesFor(exposureMs: number, frameIntervalMs: number): number {
  return Math.max(1, Math.round(exposureMs / frameIntervalMs));
}

/** A frame later than this many intervals after the previous one means frames were dropped. */
export const DROP_FACTOR = 1.5;

/** Why a device did not flash a round (timingReportSchema.missedReason). */
export type MissedReason = 'late-schedule' | 'hidden' | 'dropped-frames' | 'not-ready';

/** What one flash did on this device. Timestamps are on the rAF / `performance.now()` timeline. */
export interface FlashOutcome {
  missed: boolean;
  missedReason: MissedReason | null;
  /** rAF timestamp of the first expression frame; null when it never showed. */
  apexTs: number | null;
  /** rAF timestamp of the first mask frame after the expression; null when it never showed. */
  maskTs: number | null;
  framesRequested: number;
  /** Frames the expression was on screen, measured from the rAF timestamps. */
  framesShown: number;
}

/** What the frame loop should put on the canvas at a frame (only ever a prepared picture). */
export type Picture = 'fixation' | 'mask' | 'apex' | null;

/** Settings of one flash schedule. */
export interface FlashPlan {
  /** First expression frame, rAF timeline (server `showAt` converted with the clock offset). */
  targetTs: number;
  framesRequested: number;
  frameIntervalMs: number;
  /** The neutral face is shown this long before the target (the fixation cross before that). */
  maskLeadMs: number;
  /** The mask stays this long after the expression before the answer buttons appear. */
  postMaskMs: number;
}

/**
 * The flash as a state machine driven by rAF timestamps: fixation → mask → apex for exactly
 * `framesRequested` frames → mask → done. `frame(ts)` says what to draw (null: leave the canvas
 * as it is) and whether the sequence is over. A late first frame marks the round missed instead of
 * flashing late; dropped frames that make the expression last longer than requested mark it missed too.
 */
export class FlashSequence {
  readonly plan: FlashPlan;
  #lastTs: number | null = null;
  #shown: Picture = null;
  #apexTs: number | null = null;
  #maskTs: number | null = null;
  #outcome: FlashOutcome | null = null;

  constructor(plan: FlashPlan) {
    this.plan = plan;
  }

  /** The final outcome, once the sequence is over. */
  get outcome(): FlashOutcome | null {
    return this.#outcome;
  }

  /** End the sequence without flashing (e.g. the page was hidden). Ignored once the apex showed. */
  abort(reason: MissedReason): FlashOutcome {
    if (!this.#outcome && this.#apexTs === null) this.#outcome = this.#missed(reason);
    return this.#outcome ?? this.#finish();
  }

  /** Advance to the frame at rAF timestamp `ts`; returns the picture to draw now (null: none). */
  frame(ts: number): { draw: Picture; done: boolean } {
    if (this.#outcome) return { draw: null, done: true };
    const { targetTs, frameIntervalMs, framesRequested, maskLeadMs, postMaskMs } = this.plan;
    const last = this.#lastTs;
    this.#lastTs = ts;
    const late = last !== null && ts - last > DROP_FACTOR * frameIntervalMs;

    if (this.#apexTs === null) {
      if (ts < targetTs) return this.#draw(ts >= targetTs - maskLeadMs ? 'mask' : 'fixation');
      // First frame at or after the target. Flash only if the previous frame came before it on
      // time; otherwise this frame is late and the flash would be too (SPEC: never flash late).
      if (last === null || last >= targetTs) return this.#end('late-schedule');
      if (late) return this.#end('dropped-frames');
      this.#apexTs = ts;
      return this.#draw('apex');
    }

    if (this.#maskTs === null) {
      // Elapsed frames from the timestamps, so a dropped frame never lengthens the exposure further.
      // A skipped main-thread frame in the middle leaves the same picture on screen, so it is harmless;
      // one that delays the mask past the requested frame shows in `framesShown` and marks the round.
      const elapsed = Math.round((ts - this.#apexTs) / frameIntervalMs);
      if (elapsed < framesRequested) return { draw: null, done: false };
      this.#maskTs = ts;
      return this.#draw('mask');
    }

    if (ts - this.#maskTs >= postMaskMs) {
      this.#finish();
      return { draw: null, done: true };
    }
    return { draw: null, done: false };
  }

  #draw(picture: Picture): { draw: Picture; done: boolean } {
    if (picture === this.#shown) return { draw: null, done: false };
    this.#shown = picture;
    return { draw: picture, done: false };
  }

  #end(reason: MissedReason): { draw: Picture; done: boolean } {
    this.#outcome = this.#missed(reason);
    return { draw: null, done: true };
  }

  #missed(reason: MissedReason): FlashOutcome {
    return {
      missed: true,
      missedReason: reason,
      apexTs: null,
      maskTs: null,
      framesRequested: this.plan.framesRequested,
      framesShown: 0,
    };
  }

  #finish(): FlashOutcome {
    const apexTs = this.#apexTs!;
    const maskTs = this.#maskTs ?? this.#lastTs!;
    const framesShown = Math.round((maskTs - apexTs) / this.plan.frameIntervalMs);
    const dropped = framesShown !== this.plan.framesRequested;
    this.#outcome = {
      missed: dropped,
      missedReason: dropped ? 'dropped-frames' : null,
      apexTs,
      maskTs: this.#maskTs,
      framesRequested: this.plan.framesRequested,
      framesShown,
    };
    return this.#outcome;
  }
}
