/**
 * The dashboard as a module of the app: created by `createApp` from validated options, its timers on
 * the app's scheduler, and nothing of it left running after `close()` (memory store, fake time).
 */
import { describe, expect, it } from 'vitest';
import type { GameSettings } from '../../../shared/game/types';
import { DAY_MS } from '../../../server/analytics/retention';
import { createApp } from '../../../server/app';
import type { DashboardOptions } from '../../../server/config';
import { MemoryStore } from '../../../server/db/memory-store';
import { silentLogger, type Scheduler, type TimerHandle } from '../../../server/rooms/ports';
import { FakeConnection, FakeTime } from './support/fakes';

const SETTINGS: GameSettings = {
  deckId: 'all',
  emotions: ['happiness', 'fear', 'surprise'],
  rounds: 2,
  exposureMs: 100,
  timeLimitMs: 5000,
  mode: 'lesson',
  scoring: true,
  autoAdvance: false,
  course: false,
};

/** The fake scheduler, recording the due time of every timer still armed. */
function recording(time: FakeTime): { scheduler: Scheduler; armed: Map<number, number> } {
  const armed = new Map<number, number>();
  return {
    armed,
    scheduler: {
      setTimer: (at, fn) => {
        const handle: TimerHandle = time.scheduler.setTimer(at, () => {
          armed.delete(handle.id);
          fn();
        });
        armed.set(handle.id, at);
        return handle;
      },
      clearTimer: (handle) => {
        armed.delete(handle.id);
        time.scheduler.clearTimer(handle);
      },
    },
  };
}

function make(dashboard?: DashboardOptions) {
  const time = new FakeTime();
  const { scheduler, armed } = recording(time);
  const store = new MemoryStore();
  const glimpse = createApp({
    store,
    clock: time.clock,
    scheduler,
    logger: silentLogger,
    ...(dashboard ? { dashboard } : {}),
  });
  return { glimpse, store, time, armed };
}

describe('dashboard module', () => {
  it('is created by createApp and arms its timers on the app scheduler; close() clears every one', async () => {
    const { glimpse, time, armed } = make({ analyticsIntervalMs: 400, retentionDays: 30 });
    expect(glimpse.dashboard?.config).toEqual({
      retentionDays: 30,
      analyticsIntervalMs: 400,
      live: true,
      prune: true,
    });
    // The daily retention run is armed on the injected scheduler, not on a bare setInterval.
    expect([...armed.values()]).toEqual([time.now + DAY_MS]);

    const created = await glimpse.rooms.createGame(SETTINGS);
    if (!created.ok) throw new Error('create failed');
    const room = glimpse.rooms.get(created.data.code)!;
    const host = new FakeConnection({ role: 'host' });
    room.attach(host); // live analytics answer a host at once…
    expect(host.analytics).toHaveLength(1);
    room.host({ kind: 'lock', locked: true });
    room.host({ kind: 'lock', locked: false }); // …and throttle what follows into a trailing send
    await room.settled();
    const trailing = [...armed.values()].filter((at) => at === time.now + 400);
    expect(trailing.length).toBeGreaterThanOrEqual(1);

    await glimpse.close();
    expect([...armed.entries()]).toEqual([]);
    expect(time.pending).toBe(0);
    // Time moving on after close runs nothing of the dashboard.
    const sent = host.analytics.length;
    time.advanceBy(2 * DAY_MS);
    expect(host.analytics).toHaveLength(sent);
    expect(glimpse.dashboard?.live?.current(created.data.code)).toBeNull();
  });

  it('prunes daily on the scheduler; close() waits for a run in progress', async () => {
    const { glimpse, store, time } = make({ retentionDays: 1, live: false });
    const created = await glimpse.rooms.createGame(SETTINGS);
    if (!created.ok) throw new Error('create failed');
    await glimpse.rooms.settled();
    expect(await store.getGame(created.data.code)).not.toBeNull();
    time.advanceBy(DAY_MS); // the next daily run: the game's last activity is now a day old
    await glimpse.close();
    expect(await store.getGame(created.data.code)).toBeNull();
    expect(glimpse.rooms.get(created.data.code)).toBeUndefined();
  });

  it('keeps games and arms nothing when retention is off; without options there is no dashboard', async () => {
    const kept = make({ retentionDays: null, live: false });
    expect(kept.armed.size).toBe(0);
    await kept.glimpse.close();

    const none = make();
    expect(none.glimpse.dashboard).toBeNull();
    expect(none.armed.size).toBe(0);
    await none.glimpse.close();
  });

  it('rejects invalid options before anything starts', () => {
    const bad: unknown[] = [
      { retentionDays: 0 },
      { retentionDays: -3 },
      { retentionDays: 1.5 },
      { analyticsIntervalMs: -1 },
      { analyticsIntervalMs: 'fast' },
      { live: 'yes' },
      { retention: 30 }, // unknown option: a typo must not silently fall back to the default
    ];
    for (const options of bad) {
      const time = new FakeTime();
      expect(
        () =>
          createApp({
            store: new MemoryStore(),
            clock: time.clock,
            scheduler: time.scheduler,
            logger: silentLogger,
            dashboard: options as DashboardOptions,
          }),
        JSON.stringify(options),
      ).toThrow(/Invalid dashboard configuration/);
      expect(time.pending).toBe(0);
    }
  });
});
