/**
 * What every server module is handed by `createApp`: the store, the rooms, the clock, the scheduler
 * and the logger. Its own file so modules created by the app (dashboard, routers) can name it without
 * importing the app (no import cycle).
 */
import type { Store } from './db/store';
import type { Clock, Logger, Scheduler } from './rooms/ports';
import type { RoomRegistry } from './rooms/registry';

export interface AppContext {
  store: Store;
  rooms: RoomRegistry;
  clock: Clock;
  /** The app's scheduler: timers armed on it are the ones a fake clock can drive in tests. */
  scheduler: Scheduler;
  logger: Logger;
}
