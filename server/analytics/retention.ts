/**
 * Data retention: games whose last activity is older than the retention period are deleted with
 * everything that belongs to them (participants, rounds, answers, timing reports: the store cascades).
 * Runs at start-up and once a day. The period comes from `GLIMPSE_RETENTION_DAYS` (default 90;
 * `0` or `never` keeps games until a host deletes them).
 */
import type { Store } from '../db/store';
import type { Clock, Logger } from '../rooms/ports';
import { silentLogger } from '../rooms/ports';
import type { RoomRegistry } from '../rooms/registry';

/** Default retention, days. */
export const DEFAULT_RETENTION_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Parses the retention setting. Returns days, or null for "keep"; throws on anything else so a typo
 * in the environment stops the start rather than silently keeping or deleting data.
 */
export function parseRetentionDays(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return DEFAULT_RETENTION_DAYS;
  const v = value.trim().toLowerCase();
  if (v === '0' || v === 'never' || v === 'off') return null;
  if (!/^\d{1,5}$/.test(v))
    throw new Error(`GLIMPSE_RETENTION_DAYS: expected a whole number of days or "never", got "${value}"`);
  return Number(v);
}

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

/** Prunes now and then daily; returns a stop function. The timer does not keep the process alive. */
export function startRetention(deps: {
  store: Store;
  rooms: RoomRegistry;
  clock: Clock;
  days: number | null;
  logger?: Logger;
}): () => void {
  const logger = deps.logger ?? silentLogger;
  const run = () =>
    pruneExpired(deps).then(
      (codes) => {
        if (codes.length)
          logger.info('retention: deleted expired games', { count: codes.length, days: deps.days });
      },
      (error: unknown) => logger.error('retention: pruning failed', { error: String(error) }),
    );
  void run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
