/**
 * The composition root tests can build: `createApp(deps)` wires Express 5, Socket.IO 4, the room
 * registry and the stores on ONE `http.Server`. `main.ts` adds configuration, the database and the
 * SvelteKit handler. Nothing here reads the environment or the real clock unless not given one.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import express, { type Express, type RequestHandler, type Router } from 'express';
import type { GlimpseDb } from './db/client';
import type { Store } from './db/store';
import { apiRouter, type HttpLimits } from './http/api';
import { errorHandler, sendError } from './http/respond';
import type { HandlerLimits } from './realtime/handlers';
import { createSocketServer, type GlimpseServer } from './realtime/socket-server';
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

/** What other server modules (e.g. the dashboard's routers) get to work with. */
export interface AppContext {
  store: Store;
  /** The drizzle database, when the app runs on SQLite (null on the memory store). */
  db: GlimpseDb | null;
  rooms: RoomRegistry;
  clock: Clock;
  logger: Logger;
}

/** A router factory mounted under `/api` (before the API's 404). */
export type ApiRouterFactory = (context: AppContext) => Router;

/** Everything `createApp` accepts; only `store` is required. */
export interface AppDeps {
  store: Store;
  db?: GlimpseDb | null;
  config?: Partial<AppConfig>;
  /** Server time, ms since the epoch (default: monotonic `performance.timeOrigin + performance.now()`). */
  clock?: Clock;
  scheduler?: Scheduler;
  random?: RandomSource;
  faces?: FaceLibrary;
  logger?: Logger;
  leadPolicy?: LeadPolicy;
  hostViewIntervalMs?: number;
  socketLimits?: Partial<HandlerLimits>;
  httpLimits?: Partial<HttpLimits>;
  maxHttpBufferSize?: number;
  pingIntervalMs?: number;
  /** Extra routers under `/api` (the dashboard's reports, history and CSV). */
  routers?: ApiRouterFactory[];
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
  /** Closes sockets and the HTTP server, disposes rooms, flushes pending writes (the store stays open). */
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
  });
  const context: AppContext = { store, db: deps.db ?? null, rooms, clock, logger };

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
  for (const factory of deps.routers ?? []) app.use('/api', factory(context));
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
      await rooms.settled();
      rooms.disposeAll();
      await new Promise<void>((resolve) => {
        io.close(() => resolve());
        httpServer.closeAllConnections?.();
      });
      await store.flush();
    })());

  return { app, httpServer, io, rooms, stimuli, context, close };
}
