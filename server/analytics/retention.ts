/**
 * Data retention: games whose last activity is older than the retention period are deleted with
 * everything that belongs to them (participants, rounds, answers, timing reports: the store cascades).
 * Runs at start-up and once a day, on the app's scheduler so that closing the app stops it. The period
 * is configured in `server/config.ts` (`GLIMPSE_RETENTION_DAYS`; see docs/dashboard.md, "Retention").
 */
import type { Store } from '../db/store';
import type { Clock, Logger, Scheduler, TimerHandle } from '../rooms/ports';
import { silentLogger } from '../rooms/ports';
import type { RoomRegistry } from '../rooms/registry';

/** One day, ms: the pruning cadence and the unit of the retention period. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** When a game expires: its last activity plus the period (null when kept). */
export function expiresAt(
  game: { updatedAt: number; finishedAt: number | null },
  days: number | null,
): number | null {
  return days === null ? null : Math.max(game.updatedAt, game.finishedAt ?? 0) + days * DAY_MS;
}

/** Deletes every expired game (disposing its room if one is still in memory); returns their codes. */
export async function pruneExpired(deps: {
  store: Store;
  rooms: RoomRegistry;
  clock: Clock;
  days: number | null;
}): Promise<string[]> {
  const { store, rooms, clock, days } = deps;
  if (days === null) return [];
  const now = clock();
  const expired = (await store.listGames())
    .filter((g) => (expiresAt(g, days) as number) <= now)
    .map((g) => g.code);
  for (const code of expired) {
    rooms.dispose(code);
    await store.deleteGame(code);
  }
  return expired;
}

/** A running retention job. */
export interface Retention {
  /** Stops the daily run and resolves once a run in progress has finished. */
  stop(): Promise<void>;
}

/**
 * Prunes now and then daily. With `days: null` (keep games) nothing is ever scheduled. A run still in
 * progress when `stop()` is called is awaited, so the store is not closed under it.
 */
export function startRetention(deps: {
  store: Store;
  rooms: RoomRegistry;
  clock: Clock;
  scheduler: Scheduler;
  days: number | null;
  logger?: Logger;
}): Retention {
  const { clock, scheduler, days } = deps;
  const logger = deps.logger ?? silentLogger;
  if (days === null) return { stop: () => Promise.resolve() };
  let timer: TimerHandle | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const run = () =>
    pruneExpired(deps).then(
      (codes) => {
        if (codes.length) logger.info('retention: deleted expired games', { count: codes.length, days });
      },
      (error: unknown) => logger.error('retention: pruning failed', { error: String(error) }),
    );
  const tick = () => {
    timer = null;
    if (stopped) return;
    running = running.then(run);
    timer = scheduler.setTimer(clock() + DAY_MS, tick);
  };
  tick();
  return {
    stop: () => {
      stopped = true;
      if (timer) scheduler.clearTimer(timer);
      timer = null;
      return running;
    },
  };
}
