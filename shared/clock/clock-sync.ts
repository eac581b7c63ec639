/**
 * A small, pure clock synchroniser for the browser client and the bots. It owns no timers and reads no
 * clock: the caller measures pings (with `performance.timeOrigin + performance.now()` in a browser) and
 * passes the samples in, then converts times both ways.
 */
import {
  DEFAULT_KEEP,
  estimateOffset,
  isValidSample,
  type ClockEstimate,
  type ClockSample,
} from './estimate';

/** Options of {@link ClockSync}. */
export interface ClockSyncOptions {
  /** Most recent samples remembered; older ones are dropped so drift and sleep are forgotten. Default 20. */
  window?: number;
  /** Quickest samples the estimate keeps. Default {@link DEFAULT_KEEP}. */
  keep?: number;
}

/** Tracks the offset between this device's clock and the server's from recent ping samples. */
export class ClockSync {
  readonly #window: number;
  readonly #keep: number;
  #samples: ClockSample[] = [];
  #estimate: ClockEstimate | null = null;

  /** Create a synchroniser; see {@link ClockSyncOptions}. */
  constructor(options: ClockSyncOptions = {}) {
    this.#window = Math.max(1, Math.floor(options.window ?? 20));
    this.#keep = Math.max(1, Math.floor(options.keep ?? DEFAULT_KEEP));
  }

  /** Add one ping sample; returns false (and ignores it) when it is invalid. */
  addSample(sample: ClockSample): boolean {
    if (!isValidSample(sample)) return false;
    this.#samples = [...this.#samples, { ...sample }].slice(-this.#window);
    this.#estimate = estimateOffset(this.#samples, this.#keep);
    return true;
  }

  /** Forget every sample (call after the device slept: `visibilitychange`, `online`, `pageshow`). */
  reset(): void {
    this.#samples = [];
    this.#estimate = null;
  }

  /** The current estimate, or null before the first valid sample. */
  get estimate(): ClockEstimate | null {
    return this.#estimate;
  }

  /** True once at least one valid sample arrived. */
  get synced(): boolean {
    return this.#estimate !== null;
  }

  /** Server minus local clock, ms (0 before the first sample). */
  get offsetMs(): number {
    return this.#estimate?.offsetMs ?? 0;
  }

  /** Round trip of the samples behind the estimate, ms (0 before the first sample). */
  get rttMs(): number {
    return this.#estimate?.rttMs ?? 0;
  }

  /** Convert a local time to the server clock. */
  toServer(localMs: number): number {
    return localMs + this.offsetMs;
  }

  /** Convert a server time to the local clock (e.g. a round's `showAt`). */
  toLocal(serverMs: number): number {
    return serverMs - this.offsetMs;
  }
}
