/**
 * A real server for integration tests: `createApp` on an ephemeral port, the drizzle store on a
 * SQLite file in a temp folder with the committed migrations, short leads. Clients are real
 * socket.io-client sockets that record every frame they receive.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { io, type Socket } from 'socket.io-client';
import type { GameSettings } from '../../../shared/game/types';
import type {
  ClientToServerEvents,
  CreatedGame,
  JoinedGame,
  Result,
  ServerToClientEvents,
  View,
} from '../../../shared/protocol';
import { createApp, type AppDeps, type GlimpseApp } from '../../../server/app';
import { openDatabase } from '../../../server/db/client';
import { DrizzleStore } from '../../../server/db/drizzle-store';
import { silentLogger } from '../../../server/rooms/ports';

export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Quick game settings for tests. */
export const FAST: GameSettings = {
  deckId: 'all',
  emotions: ['happiness', 'sadness', 'fear', 'anger', 'surprise', 'contempt', 'disgust'],
  rounds: 3,
  exposureMs: 50,
  timeLimitMs: 3000,
  mode: 'lesson',
  scoring: true,
  autoAdvance: true,
  course: false,
};

/** A running test server. */
export interface TestServer {
  app: GlimpseApp;
  url: string;
  dbFile: string;
  /** Read-only SQL on the live database file. */
  query<T>(sql: string, ...params: unknown[]): T[];
  /** Closes the app (flushing), the store and the reader, keeping the files (see `restartServer`). */
  shutdown(): Promise<void>;
  /** Shuts down and deletes the temp folder. */
  stop(): Promise<void>;
}

/** Starts a server; `overrides` change createApp deps (e.g. socket limits). */
export function startServer(overrides: Partial<AppDeps> = {}): Promise<TestServer> {
  return launch(mkdtempSync(join(tmpdir(), 'glimpse-it-')), overrides);
}

/**
 * Simulates a process restart: closes `server`'s app (which flushes) and its database as `main.ts`
 * does on SIGTERM, keeping the files, then opens a NEW app over the same SQLite file (migrations run
 * again) and resumes unfinished games from the store, as `main.ts` does at start.
 */
export async function restartServer(
  server: TestServer,
  overrides: Partial<AppDeps> = {},
): Promise<TestServer & { resumed: number }> {
  await server.shutdown();
  const next = await launch(dirname(server.dbFile), overrides);
  return Object.assign(next, { resumed: await next.app.rooms.resume() });
}

async function launch(dir: string, overrides: Partial<AppDeps>): Promise<TestServer> {
  const dbFile = join(dir, 'glimpse.db');
  const database = openDatabase(dbFile);
  const store = new DrizzleStore(database);
  const app = createApp({
    store,
    logger: silentLogger,
    leadPolicy: { minMs: 300, maxMs: 600, marginMs: 100 },
    hostViewIntervalMs: 100,
    // A short reconnect grace (SPEC J-8): tests that drop a socket see the seat go within a round.
    reconnectGraceMs: 100,
    ...overrides,
  });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  const reader = new Database(dbFile, { readonly: true });
  let down: Promise<void> | null = null;
  const shutdown = () =>
    (down ??= (async () => {
      await app.close();
      await store.close();
      reader.close();
    })());
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    dbFile,
    query: <T>(sql: string, ...params: unknown[]) => reader.prepare(sql).all(...params) as T[],
    shutdown,
    stop: async () => {
      await shutdown();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** JSON request returning status and body. */
export async function request<T>(
  url: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: Result<T> }> {
  const res = await fetch(url, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json', ...init.headers },
    ...(init.body === undefined
      ? {}
      : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
  });
  return { status: res.status, body: (await res.json()) as Result<T> };
}

/** Creates a game; returns code and host token. */
export async function createGame(
  server: TestServer,
  settings: Partial<GameSettings> = {},
): Promise<CreatedGame> {
  const res = await request<CreatedGame>(`${server.url}/api/games`, {
    body: { settings: { ...FAST, ...settings } },
  });
  if (!res.body.ok) throw new Error(`create failed: ${res.body.error.code}`);
  return res.body.data;
}

/** Seats a participant. */
export async function joinGame(server: TestServer, code: string, name: string): Promise<JoinedGame> {
  const res = await request<JoinedGame>(`${server.url}/api/games/${code}/join`, { body: { name } });
  if (!res.body.ok) throw new Error(`join failed: ${res.body.error.code}`);
  return res.body.data;
}

/** A connected client that records every raw frame and every view it receives. */
export interface Recorded {
  socket: Client;
  frames: string[];
  views: View[];
  ended: string[];
  /** Resolves with the first view matching `predicate` (already received or future). */
  waitForView<V extends View>(predicate: (v: V) => boolean, timeoutMs?: number): Promise<V>;
  close(): void;
}

/** Connects with `auth` and records everything. Rejects on connect_error. */
export async function connect(
  server: TestServer,
  auth: Record<string, string>,
  options: { extraHeaders?: Record<string, string> } = {},
): Promise<Recorded> {
  const socket: Client = io(server.url, {
    auth,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    ...(options.extraHeaders ? { extraHeaders: options.extraHeaders } : {}),
  });
  const frames: string[] = [];
  const views: View[] = [];
  const ended: string[] = [];
  const waiters: { predicate: (v: View) => boolean; resolve: (v: View) => void }[] = [];
  socket.io.on('open', () => {
    socket.io.engine.on('packet', (packet: { data?: unknown }) => {
      frames.push(typeof packet.data === 'string' ? packet.data : JSON.stringify(packet.data ?? ''));
    });
  });
  socket.on('view', (view) => {
    views.push(view);
    for (const w of [...waiters]) {
      if (w.predicate(view)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(view);
      }
    }
  });
  socket.on('session:ended', (info) => ended.push(info.reason));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
  return {
    socket,
    frames,
    views,
    ended,
    waitForView: <V extends View>(predicate: (v: V) => boolean, timeoutMs = 10_000) => {
      const found = views.find((v) => predicate(v as V));
      if (found) return Promise.resolve(found as V);
      return new Promise<V>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('view timeout')), timeoutMs);
        waiters.push({
          predicate: predicate as (v: View) => boolean,
          resolve: (v) => {
            clearTimeout(timer);
            resolve(v as V);
          },
        });
      });
    },
    close: () => socket.close(),
  };
}

/** Emits an event with an ack, loosely typed (to send malformed payloads on purpose). */
export function emitRaw(socket: Client, event: string, ...args: unknown[]): Promise<Result<unknown>> {
  return (
    socket.timeout(5_000) as unknown as { emitWithAck(e: string, ...a: unknown[]): Promise<Result<unknown>> }
  ).emitWithAck(event, ...args);
}

/** Resolves when the socket disconnects (with the reason). */
export function disconnected(socket: Client, timeoutMs = 5_000): Promise<string> {
  if (socket.disconnected) return Promise.resolve('already');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('still connected')), timeoutMs);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}
