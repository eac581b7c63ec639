/**
 * Live analytics: for every room, recomputes `HostAnalytics` from the room's state and the timing
 * reports it has stored, and pushes it to the host with `host:analytics`. Throttled per room: at most
 * one payload per `intervalMs` (leading and trailing), so a burst of answers from a whole class is one
 * message, never one per answer (docs/dashboard.md).
 */
import type { GameState } from '../../shared/game/types';
import {
  analyticsInputFromGame,
  computeAnalytics,
  type HostAnalytics,
  type StatsTiming,
} from '../../shared/stats';
import { DEFAULT_ANALYTICS_INTERVAL_MS } from '../config';
import type { Store, TimingRecord } from '../db/store';
import type { Clock, Logger, Scheduler, TimerHandle } from '../rooms/ports';
import { silentLogger } from '../rooms/ports';
import type { RoomRegistry } from '../rooms/registry';
import type { Room } from '../rooms/room';

/** What the live analytics need. */
export interface LiveAnalyticsDeps {
  registry: RoomRegistry;
  store: Store;
  clock: Clock;
  scheduler: Scheduler;
  logger?: Logger;
  intervalMs?: number;
}

/** Computes analytics for a game state plus its timing reports. */
export function analyticsFor(state: GameState, timings: readonly StatsTiming[]): HostAnalytics {
  return computeAnalytics(analyticsInputFromGame(state, timings));
}

interface Tracked {
  room: Room;
  /** Latest timing report per device and round. */
  timings: Map<string, StatsTiming>;
  lastSentAt: number;
  trailing: TimerHandle | null;
  lastVersion: number;
  lastTimingCount: number;
  /** Removes this tracker's listeners from the room. */
  off: () => void;
}

/** Handle of the live analytics. */
export interface LiveAnalytics {
  /** Current analytics of a game in memory, or null. */
  current(code: string): HostAnalytics | null;
  /** Sends now (bypassing the throttle), e.g. when a host connects. */
  pushNow(code: string): void;
  /** Number of payloads sent so far, per game (for tests and benchmarks). */
  sentCount(code: string): number;
  dispose(): void;
}

/** Starts live analytics for every present and future room of `registry`. */
export function startLiveAnalytics(deps: LiveAnalyticsDeps): LiveAnalytics {
  const { registry, store, clock, scheduler } = deps;
  const logger = deps.logger ?? silentLogger;
  const interval = deps.intervalMs ?? DEFAULT_ANALYTICS_INTERVAL_MS;
  const rooms = new Map<string, Tracked>();
  const sent = new Map<string, number>();

  const compute = (t: Tracked) => analyticsFor(t.room.state, [...t.timings.values()]);

  /** False once the room is untracked (disposed room, or live analytics disposed). */
  const live = (t: Tracked) => rooms.get(t.room.code) === t && !t.room.disposed;

  const send = (t: Tracked) => {
    if (t.trailing) scheduler.clearTimer(t.trailing);
    t.trailing = null;
    if (!live(t)) return;
    // Nothing changed since the last payload: skip (connection events also step the engine).
    if (t.room.state.version === t.lastVersion && t.timings.size === t.lastTimingCount) return;
    try {
      t.room.sendAnalytics(compute(t));
      t.lastVersion = t.room.state.version;
      t.lastTimingCount = t.timings.size;
      t.lastSentAt = clock();
      sent.set(t.room.code, (sent.get(t.room.code) ?? 0) + 1);
    } catch (error) {
      logger.error('analytics failed', { code: t.room.code, error: String(error) });
    }
  };

  /** Sends even when nothing changed: for a host screen that has nothing yet. */
  const resend = (t: Tracked) => {
    t.lastVersion = -1;
    send(t);
  };

  const schedule = (t: Tracked) => {
    // A late callback (e.g. timing reports loaded after dispose) must not arm a timer nobody clears.
    if (t.trailing || !live(t)) return;
    const due = t.lastSentAt + interval;
    if (clock() >= due) send(t);
    else t.trailing = scheduler.setTimer(due, () => send(t));
  };

  const track = (room: Room) => {
    const onStep = () => schedule(t);
    const onTiming = (record: TimingRecord) => {
      t.timings.set(`${record.participantId}:${record.round}`, record);
      schedule(t);
    };
    // The last payload of a game goes out at once.
    const onFinished = () => send(t);
    // A host that reloads or reconnects gets the figures at once, not at the next game event.
    const onHost = () => resend(t);
    const t: Tracked = {
      room,
      timings: new Map(),
      lastSentAt: 0,
      trailing: null,
      lastVersion: -1,
      lastTimingCount: 0,
      off: () => {
        room.events.off('step', onStep);
        room.events.off('timing', onTiming);
        room.events.off('finished', onFinished);
        room.events.off('host-attached', onHost);
      },
    };
    rooms.set(room.code, t);
    // A resumed game already has reports on disk.
    store.getTimingReports(room.code).then(
      (records) => {
        for (const r of records)
          if (!t.timings.has(`${r.participantId}:${r.round}`))
            t.timings.set(`${r.participantId}:${r.round}`, r);
        if (records.length) schedule(t);
      },
      (error: unknown) => logger.error('analytics: loading timing reports failed', { error: String(error) }),
    );
    room.events.on('step', onStep);
    room.events.on('timing', onTiming);
    room.events.on('finished', onFinished);
    room.events.on('host-attached', onHost);
  };

  const untrack = (code: string) => {
    const t = rooms.get(code);
    if (!t) return;
    if (t.trailing) scheduler.clearTimer(t.trailing);
    t.trailing = null;
    t.off();
    rooms.delete(code);
  };

  for (const room of registry.all()) track(room);
  const onCreated = (room: Room) => track(room);
  registry.events.on('room-created', onCreated);
  registry.events.on('room-disposed', untrack);

  return {
    current: (code) => {
      const t = rooms.get(code);
      return t ? compute(t) : null;
    },
    pushNow: (code) => {
      const t = rooms.get(code);
      if (t) resend(t);
    },
    sentCount: (code) => sent.get(code) ?? 0,
    dispose: () => {
      registry.events.off('room-created', onCreated);
      registry.events.off('room-disposed', untrack);
      for (const code of [...rooms.keys()]) untrack(code);
    },
  };
}
