/**
 * The composition root tests can build: `createApp(deps)` wires Express 5, Socket.IO 4, the room
 * registry and the stores on ONE `http.Server`. `main.ts` adds configuration, the database and the
 * SvelteKit handler. Nothing here reads the environment or the real clock unless not given one.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import express, { type Express, type RequestHandler } from 'express';
import type { DashboardOptions } from './config';
import type { AppContext } from './context';
import { createDashboard, type Dashboard } from './dashboard';
import type { Store } from './db/store';
import { apiRouter, type HttpLimits } from './http/api';
import { errorHandler, sendError } from './http/respond';
import type { HandlerLimits } from './realtime/handlers';
import { createSocketServer } from './realtime/socket-server';
import type { GlimpseServer } from './realtime/types';
import type { LeadPolicy } from './rooms/lead';
import { consoleLogger, realScheduler, type Clock, type Logger, type Scheduler } from './rooms/ports';
import { cryptoRandom, type RandomSource } from './rooms/random';
import { RoomRegistry } from './rooms/registry';
import { sharedFaces, StimulusCatalog, type FaceLibrary } from './rooms/stimuli';

/** Runtime configuration the app needs (validated by main.ts). */
export interface AppConfig {
  /** Base URL for join links, or null to derive it from each request. */
  publicUrl: string | null;
  /** Browser origins allowed to open sockets besides the server's own. */
  allowedOrigins: string[];
}

/** What other server modules (e.g. the dashboard) get to work with. */
export type { AppContext };

/** Everything `createApp` accepts; only `store` is required. */
export interface AppDeps {
  store: Store;
  config?: Partial<AppConfig>;
  /** Server time, ms since the epoch (default: monotonic `performance.timeOrigin + performance.now()`). */
  clock?: Clock;
  scheduler?: Scheduler;
  random?: RandomSource;
  faces?: FaceLibrary;
  logger?: Logger;
  leadPolicy?: LeadPolicy;
  hostViewIntervalMs?: number;
  /** Reconnect grace of a dropped seat (SPEC J-8; default `RECONNECT_GRACE_MS`). */
  reconnectGraceMs?: number;
  socketLimits?: Partial<HandlerLimits>;
  httpLimits?: Partial<HttpLimits>;
  maxHttpBufferSize?: number;
  pingIntervalMs?: number;
  /**
   * The dashboard (reports, CSV, history, live analytics, retention), validated by
   * `dashboardConfigSchema` (`{}` for the defaults). Omitted: no dashboard (tests that do not need it).
   */
  dashboard?: DashboardOptions;
  /** Mounted after every route (the built SvelteKit handler). */
  handler?: RequestHandler;
}

/** A created app. */
export interface GlimpseApp {
  app: Express;
  httpServer: HttpServer;
  io: GlimpseServer;
  rooms: RoomRegistry;
  stimuli: StimulusCatalog;
  context: AppContext;
  /** The dashboard, when `deps.dashboard` was given. */
  dashboard: Dashboard | null;
  /**
   * Stops the dashboard, closes sockets and the HTTP server, disposes rooms, flushes pending writes
   * (the store stays open).
   */
  close(): Promise<void>;
}

/** Default server clock: monotonic, in epoch milliseconds. */
export const monotonicClock: Clock = () => performance.timeOrigin + performance.now();

/** Builds the app. Call `httpServer.listen()` to serve. */
export function createApp(deps: AppDeps): GlimpseApp {
  const clock = deps.clock ?? monotonicClock;
  const logger = deps.logger ?? consoleLogger;
  const scheduler = deps.scheduler ?? realScheduler(clock);
  const random = deps.random ?? cryptoRandom;
  const faces = deps.faces ?? sharedFaces;
  const { store } = deps;
  const config: AppConfig = { publicUrl: null, allowedOrigins: [], ...deps.config };

  const stimuli = new StimulusCatalog(faces, random, store);
  const rooms = new RoomRegistry({
    store,
    clock,
    scheduler,
    random,
    stimuli,
    logger,
    ...(deps.leadPolicy ? { leadPolicy: deps.leadPolicy } : {}),
    ...(deps.hostViewIntervalMs !== undefined ? { hostViewIntervalMs: deps.hostViewIntervalMs } : {}),
    ...(deps.reconnectGraceMs !== undefined ? { reconnectGraceMs: deps.reconnectGraceMs } : {}),
  });
  const context: AppContext = { store, rooms, clock, scheduler, logger };
  // Created before anything listens, so invalid options throw here and leave nothing running.
  const dashboard = deps.dashboard ? createDashboard(context, deps.dashboard) : null;

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/api',
    apiRouter({
      registry: rooms,
      stimuli,
      faces,
      random,
      publicUrl: config.publicUrl,
      ...(deps.httpLimits ? { limits: deps.httpLimits } : {}),
    }),
  );
  if (dashboard) app.use('/api', dashboard.router);
  app.use('/api', (_req, res) => sendError(res, 'request/invalid', 404));
  if (deps.handler) app.use(deps.handler);
  app.use(errorHandler(logger));

  const httpServer = createServer(app);
  const io = createSocketServer(httpServer, {
    registry: rooms,
    clock,
    logger,
    allowedOrigins: config.allowedOrigins,
    ...(deps.maxHttpBufferSize !== undefined ? { maxHttpBufferSize: deps.maxHttpBufferSize } : {}),
    ...(deps.pingIntervalMs !== undefined ? { pingIntervalMs: deps.pingIntervalMs } : {}),
    ...(deps.socketLimits ? { limits: deps.socketLimits } : {}),
  });

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      await dashboard?.dispose();
      await rooms.settled();
      rooms.disposeAll();
      await new Promise<void>((resolve) => {
        io.close(() => resolve());
        httpServer.closeAllConnections?.();
      });
      await store.flush();
    })());

  return { app, httpServer, io, rooms, stimuli, context, dashboard, close };
}
