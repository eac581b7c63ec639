/**
 * The live connection of one page to one game: a typed Socket.IO socket, the latest view, the
 * connection status and a synchronised clock (docs/flash-and-sync.md, "Clock offset").
 *
 * Created per page (never a module singleton) and handed down with `setGameClient` / `getGameClient`.
 * Browser only: live routes set `ssr = false`.
 */
import { getContext, setContext } from 'svelte';
import { io, type Socket } from 'socket.io-client';
import type {
  ClientAckData,
  ClientEventName,
  ClientPayload,
  ClientToServerEvents,
  HandshakeAuth,
  ServerToClientEvents,
  SessionEndReason,
  View,
} from '$shared/protocol/events';
import { isErrorCode, type ErrorCode, type Result } from '$shared/protocol/errors';
import { ClockSync } from '$shared/clock';

/** Connection status shown by every live page. */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'ended';

/** Why the connection ended: the server's reason, a rejected handshake's error code, or a local close. */
export type EndReason = SessionEndReason | ErrorCode | 'closed';

/** The connection as the UI sees it. */
export type Connection =
  | { status: 'connecting' | 'connected' | 'reconnecting'; reason: null }
  | { status: 'ended'; reason: EndReason };

/** Options of a `GameClient`. */
export interface GameClientOptions {
  /** Handshake identity: a participant or host token, or `{ presenter: code }`. */
  auth: HandshakeAuth;
  /** Server origin; defaults to the page's own origin. */
  url?: string;
  /** How long `send` waits for an ack before resolving with `network/timeout`. */
  ackTimeoutMs?: number;
  /** Period of the small re-sync bursts (docs/flash-and-sync.md: every 10–20 s). */
  resyncMs?: number;
}

type TypedSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const BURST_PINGS = 10;
const RESYNC_PINGS = 4;

/** Device clock on a monotonic base: `timeOrigin + now()`, never `Date.now()` (docs/flash-and-sync.md). */
export function deviceNow(): number {
  return performance.timeOrigin + performance.now();
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** One page's live game connection. `V` narrows the view for pages that know their role. */
export class GameClient<V extends View = View> {
  /** Latest view from the server; null until the first one arrives. */
  view = $state.raw<V | null>(null);
  /** Connection status and, once ended, why. */
  connection = $state.raw<Connection>({ status: 'connecting', reason: null });
  /** Latest `host:analytics` payload (host only). */
  analytics = $state.raw<unknown>(null);
  /** Estimated server − device offset in ms (0 until synced). */
  offsetMs = $state(0);
  /** Round trip of the samples the offset came from, ms; null until synced. */
  rttMs = $state<number | null>(null);
  /** True once a first clock burst has produced an estimate. */
  synced = $state(false);
  /** True while a clock burst is running. */
  syncing = $state(false);

  readonly #socket: TypedSocket;
  readonly #ackTimeoutMs: number;
  readonly #clock = new ClockSync();
  readonly #cleanups: Array<() => void> = [];
  #syncRun = 0;
  /** While held, incoming views wait here (see `hold`). */
  #held: { view: V | null } | null = null;

  constructor(options: GameClientOptions) {
    this.#ackTimeoutMs = options.ackTimeoutMs ?? 8000;
    const opts = { auth: options.auth, transports: ['websocket'] };
    this.#socket = (options.url ? io(options.url, opts) : io(opts)) as TypedSocket;
    this.#listen();
    const timer = setInterval(() => {
      if (!this.#held) void this.syncClock(RESYNC_PINGS);
    }, options.resyncMs ?? 15_000);
    this.#cleanups.push(() => clearInterval(timer));
    this.#watchWake();
  }

  /** Send a command; resolves with the server's Result, or `network/timeout`. Never throws. */
  async send<E extends ClientEventName>(
    event: E,
    payload: ClientPayload<E>,
  ): Promise<Result<ClientAckData[E]>> {
    if (this.connection.status === 'ended') return { ok: false, error: { code: 'network/timeout' } };
    try {
      // The mapped event type is too generic for socket.io's overloads; the contract types the result.
      const timed = this.#socket.timeout(this.#ackTimeoutMs) as unknown as {
        emitWithAck(event: string, payload: unknown): Promise<Result<ClientAckData[E]> | undefined>;
      };
      const result = await timed.emitWithAck(event, payload);
      if (result && typeof result === 'object' && 'ok' in result) return result;
      return { ok: false, error: { code: 'internal/error' } };
    } catch {
      return { ok: false, error: { code: 'network/timeout' } };
    }
  }

  /** Current time on the server's clock, ms since epoch. */
  serverNow(): number {
    return deviceNow() + this.offsetMs;
  }

  /** A server-clock time converted to this device's `timeOrigin + now()` clock. */
  toLocal(serverMs: number): number {
    return serverMs - this.offsetMs;
  }

  /** A server-clock time converted to the `performance.now()` / rAF timestamp timeline. */
  toPerformance(serverMs: number): number {
    return this.toLocal(serverMs) - performance.timeOrigin;
  }

  /**
   * Run a burst of `count` pings 50–100 ms apart and update the estimate (docs/flash-and-sync.md:
   * trust the quickest samples). A newer burst supersedes a running one.
   */
  async syncClock(count = BURST_PINGS): Promise<void> {
    if (!this.#socket.connected) return;
    const run = ++this.#syncRun;
    this.syncing = true;
    for (let i = 0; i < count && run === this.#syncRun && this.#socket.connected; i++) {
      if (i > 0) await sleep(50 + Math.random() * 50);
      const t0 = deviceNow();
      const result = await this.send('clock:ping', { t0 });
      const t3 = deviceNow();
      if (result.ok && run === this.#syncRun) {
        // The server stamps one time (t1 = t2): it answers pings before any other work.
        this.#clock.addSample({ t0, t1: result.data.t1, t2: result.data.t1, t3 });
        const estimate = this.#clock.estimate;
        if (estimate) {
          this.offsetMs = estimate.offsetMs;
          this.rttMs = estimate.rttMs;
          this.synced = true;
        }
      }
    }
    if (run === this.#syncRun) this.syncing = false;
  }

  /**
   * Hold incoming views (and clock re-syncs) until `release()`: the play page wraps the flash in
   * this so no reactive update or DOM work runs during those frames (docs/flash-and-sync.md: "during the
   * flash it only swaps prepared bitmaps"). The latest held view is applied on release.
   */
  hold(): void {
    this.#held ??= { view: null };
  }

  /** Apply the latest view received while held, and resume normal delivery. */
  release(): void {
    const held = this.#held;
    this.#held = null;
    if (held?.view) this.#apply(held.view);
  }

  #apply(view: V): void {
    const current = this.view;
    // Views over one socket arrive in order; this guards the reconnect overlap.
    if (current && current.code === view.code && view.version < current.version) return;
    this.view = view;
  }

  /** Disconnect for good and stop every timer and listener. */
  close(): void {
    this.#syncRun++;
    for (const cleanup of this.#cleanups.splice(0)) cleanup();
    this.#socket.removeAllListeners();
    this.#socket.disconnect();
    if (this.connection.status !== 'ended') this.connection = { status: 'ended', reason: 'closed' };
  }

  #listen(): void {
    const socket = this.#socket;
    socket.on('connect', () => {
      this.connection = { status: 'connected', reason: null };
      // A reconnect may follow a sleep with a stale clock: start a fresh estimate.
      this.#clock.reset();
      void this.syncClock(BURST_PINGS);
    });
    socket.on('view', (view) => {
      if (this.#held) this.#held.view = view as V;
      else this.#apply(view as V);
    });
    socket.on('host:analytics', (analytics) => {
      this.analytics = analytics;
    });
    socket.on('session:ended', ({ reason }) => this.#end(reason));
    socket.on('connect_error', (error) => {
      // A handshake rejected by the server's auth middleware is final (socket.active is false).
      if (!socket.active) this.#end(isErrorCode(error.message) ? error.message : 'auth/invalid-token');
      else if (this.connection.status === 'connected')
        this.connection = { status: 'reconnecting', reason: null };
    });
    socket.on('disconnect', (reason) => {
      if (this.connection.status === 'ended') return;
      if (reason === 'io server disconnect' || reason === 'io client disconnect') this.#end('closed');
      else this.connection = { status: 'reconnecting', reason: null };
    });
  }

  #end(reason: EndReason): void {
    if (this.connection.status === 'ended') return;
    this.connection = { status: 'ended', reason };
    this.#syncRun++;
    for (const cleanup of this.#cleanups.splice(0)) cleanup();
    this.#socket.disconnect();
  }

  /** A device that slept or went offline has a stale clock: re-sync at once (docs/flash-and-sync.md). */
  #watchWake(): void {
    const resync = () => {
      if (document.visibilityState !== 'visible') return;
      this.#clock.reset();
      void this.syncClock(BURST_PINGS);
    };
    document.addEventListener('visibilitychange', resync);
    window.addEventListener('online', resync);
    window.addEventListener('pageshow', resync);
    this.#cleanups.push(() => {
      document.removeEventListener('visibilitychange', resync);
      window.removeEventListener('online', resync);
      window.removeEventListener('pageshow', resync);
    });
  }
}

const KEY = Symbol('glimpse:game-client');

/** Provide a page's client to its components (call during component initialisation). */
export function setGameClient<V extends View>(client: GameClient<V>): GameClient<V> {
  return setContext(KEY, client);
}

/** The client provided by the enclosing page. Throws when none was provided (a programming error). */
export function getGameClient<V extends View = View>(): GameClient<V> {
  const client = getContext<GameClient<V> | undefined>(KEY);
  if (!client) throw new Error('getGameClient() called outside a page that called setGameClient()');
  return client;
}
