/** Fakes of the room's ports: a manual clock, a scheduler driven by it, and recording connections. */
import type { Viewer } from '../../../../shared/game/types';
import type { HostAnalytics } from '../../../../shared/stats/types';
import type { SessionEndReason, View } from '../../../../shared/protocol';
import type { Connection, Scheduler, TimerHandle } from '../../../../server/rooms/ports';

/** A clock that moves only when told; its scheduler runs due timers in time order. */
export class FakeTime {
  now = 1_000_000;
  #next = 1;
  #timers = new Map<number, { at: number; fn: () => void }>();

  readonly clock = () => this.now;

  readonly scheduler: Scheduler = {
    setTimer: (at, fn) => {
      const id = this.#next++;
      this.#timers.set(id, { at, fn });
      return { id };
    },
    clearTimer: (handle: TimerHandle) => {
      this.#timers.delete(handle.id);
    },
  };

  /** Pending timers. */
  get pending(): number {
    return this.#timers.size;
  }

  /** Moves time to `target`, running every timer due on the way, in order. */
  advanceTo(target: number): void {
    for (;;) {
      const due = [...this.#timers.entries()]
        .filter(([, t]) => t.at <= target)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.#timers.delete(due[0]);
      this.now = Math.max(this.now, due[1].at);
      due[1].fn();
    }
    this.now = Math.max(this.now, target);
  }

  advanceBy(ms: number): void {
    this.advanceTo(this.now + ms);
  }
}

let nextConn = 1;

/** A connection that records what the room sends it. */
export class FakeConnection implements Connection {
  readonly id = `conn-${nextConn++}`;
  readonly views: View[] = [];
  readonly analytics: HostAnalytics[] = [];
  ended: SessionEndReason | null = null;
  rtt: number | null = null;

  constructor(readonly viewer: Viewer) {}

  sendView(view: View): void {
    this.views.push(structuredClone(view));
  }
  sendAnalytics(data: HostAnalytics): void {
    this.analytics.push(data);
  }
  endSession(reason: SessionEndReason): void {
    this.ended = reason;
  }
  rttMs(): number | null {
    return this.rtt;
  }
  get last(): View | undefined {
    return this.views[this.views.length - 1];
  }
}
