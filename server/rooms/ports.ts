/**
 * Ports a `Room` depends on. Production wires them to real timers, the wall clock and Socket.IO;
 * unit tests wire them to fakes (`fakes.ts`).
 */
import type { Viewer } from '../../shared/game/types';
import type { SessionEndReason, View } from '../../shared/protocol';
import type { HostAnalytics } from '../../shared/stats/types';

/** Server time in ms since the epoch. */
export type Clock = () => number;

/** An opaque handle to a pending timer. */
export type TimerHandle = { readonly id: number };

/** Runs callbacks at absolute server times. */
export interface Scheduler {
  /** Calls `fn` once at (or just after) server time `at`. */
  setTimer(at: number, fn: () => void): TimerHandle;
  clearTimer(handle: TimerHandle): void;
}

/** One connected client as the room sees it (a socket, or a fake in tests). */
export interface Connection {
  /** Unique per connection. */
  readonly id: string;
  readonly viewer: Viewer;
  sendView(view: View): void;
  /** Sends the dashboard's aggregates (host connections only). */
  sendAnalytics(data: HostAnalytics): void;
  /** Tells the client why and disconnects it. */
  endSession(reason: SessionEndReason): void;
  /** Latest measured round trip to this client, or null before the first sample. */
  rttMs(): number | null;
}

/** Minimal logger (console in production, silent in tests). */
export interface Logger {
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

/** A logger that prints nothing. */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** A logger that prints one line per message to the console. */
export const consoleLogger: Logger = {
  info: (m, d) => console.log(`[glimpse] ${m}`, d ?? ''),
  warn: (m, d) => console.warn(`[glimpse] ${m}`, d ?? ''),
  error: (m, d) => console.error(`[glimpse] ${m}`, d ?? ''),
};

/** The production scheduler: `setTimeout` against `clock`, re-armed if it fires early. */
export function realScheduler(clock: Clock): Scheduler {
  let next = 1;
  const timers = new Map<number, NodeJS.Timeout>();
  const arm = (id: number, at: number, fn: () => void) => {
    const timeout = setTimeout(
      () => {
        // setTimeout runs on a different clock than `clock` and may be a millisecond early.
        if (clock() < at) return arm(id, at, fn);
        timers.delete(id);
        fn();
      },
      Math.max(0, at - clock()),
    );
    timers.set(id, timeout);
  };
  return {
    setTimer(at, fn) {
      const id = next++;
      arm(id, at, fn);
      return { id };
    },
    clearTimer(handle) {
      const timeout = timers.get(handle.id);
      if (timeout) clearTimeout(timeout);
      timers.delete(handle.id);
    },
  };
}
