/**
 * A `Room` owns one game's authoritative `GameState`. It applies events one at a time through the
 * pure engine (`step`), performs the effects the engine returns (timers, persistence, kicks), and
 * sends every connection its own view (`viewFor`) only when that view changed. Views are sent after
 * the writes of the events they reflect are durable, and host/presenter views are throttled.
 *
 * Hooks for other modules (the dashboard): `room.events` emits `step`, `answer`, `round-closed`,
 * `timing` and `finished` (see `RoomEvents`), and `room.sendAnalytics()` pushes data to the host.
 */
import { EventEmitter } from 'node:events';
import { pendingTimers, RECONNECT_GRACE_MS, step } from '../../shared/game/engine';
import { viewFor } from '../../shared/game/view';
import type {
  Answer,
  Effect,
  GameEvent,
  GameState,
  HostCommand,
  RoundState,
  TimerKind,
} from '../../shared/game/types';
import type { AnswerPayload, ErrorCode, TimingReport } from '../../shared/protocol';
import type { HostAnalytics } from '../../shared/stats/types';
import type { Store, TimingRecord } from '../db/store';
import { DEFAULT_LEAD_POLICY, leadFor, type LeadPolicy } from './lead';
import {
  silentLogger,
  type Clock,
  type Connection,
  type Logger,
  type Scheduler,
  type TimerHandle,
} from './ports';

/** What a room emits. Listeners must not throw (errors are logged and swallowed). */
export interface RoomEvents {
  /** After every accepted event. */
  step: [info: { event: GameEvent; prev: GameState; state: GameState; effects: Effect[] }];
  /** An answer was accepted (emitted once it is durable). */
  answer: [info: { code: string; round: number; answer: Answer }];
  /** A round closed (revealed or skipped). */
  'round-closed': [info: { code: string; round: RoundState; state: GameState }];
  /** A device's timing report was stored. */
  timing: [record: TimingRecord];
  /** The game reached `finished`. */
  finished: [info: { code: string; state: GameState }];
  /** A host connection attached (first open, reload or reconnect): it needs the current analytics. */
  'host-attached': [info: { code: string }];
}

/** What a room needs. */
export interface RoomDeps {
  store: Store;
  clock: Clock;
  scheduler: Scheduler;
  logger?: Logger;
  leadPolicy?: LeadPolicy;
  /** Minimum gap between two host (or presenter) views while the phase stays the same. */
  hostViewIntervalMs?: number;
  /** How long a dropped seat stays connected waiting for its device to come back (SPEC J-8). */
  reconnectGraceMs?: number;
}

/** Outcome of an event: accepted (with the promise of its writes) or rejected with a code. */
export type Applied = { ok: true; durable: Promise<void> } | { ok: false; error: ErrorCode };

/** Round trip assumed for a device that has not been measured yet (SPEC A-7 bounds it anyway). */
const UNKNOWN_RTT_MS = 250;

/**
 * Tries of one write before its failure is reported. The engine has already counted what the write
 * records (an answer, a closed round), so a transient store failure must not leave the game holding
 * an answer the store never gets: the device's own retry would only hear `round/already-answered`.
 */
const WRITE_ATTEMPTS = 3;

async function retried(write: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= WRITE_ATTEMPTS) throw error;
    }
  }
}

interface Attached {
  conn: Connection;
  lastJson: string | null;
  lastSentAt: number;
  lastKey: string | null;
  trailing: TimerHandle | null;
}

/** One game in memory. */
export class Room {
  readonly events = new EventEmitter<RoomEvents>();
  #state: GameState;
  /** The latest state whose events' writes have all settled: the one views show. */
  #shown: GameState;
  readonly #deps: Required<Omit<RoomDeps, 'logger'>> & { logger: Logger };
  readonly #timers = new Map<TimerKind, TimerHandle>();
  readonly #attached = new Map<string, Attached>();
  /** The current connection id of each seat, and of the host. */
  readonly #seats = new Map<string, string>();
  #hostConn: string | null = null;
  /** Seats whose socket dropped, waiting out the reconnect grace (SPEC J-8). */
  readonly #grace = new Map<string, TimerHandle>();
  /** Device-reported round trips (timing reports), used when the server has no sample of its own. */
  readonly #reportedRtt = new Map<string, number>();
  #pending: Promise<unknown>[] = [];
  #flushScheduled: Promise<void> | null = null;
  #disposed = false;

  constructor(state: GameState, deps: RoomDeps) {
    this.#state = state;
    this.#shown = state;
    this.#deps = {
      leadPolicy: DEFAULT_LEAD_POLICY,
      hostViewIntervalMs: 250,
      reconnectGraceMs: RECONNECT_GRACE_MS,
      logger: silentLogger,
      ...deps,
    };
  }

  /** The current state (read-only by convention: never mutate it). */
  get state(): GameState {
    return this.#state;
  }

  get code(): string {
    return this.#state.code;
  }

  get disposed(): boolean {
    return this.#disposed;
  }

  /** Applies one event through the engine and performs its effects. */
  dispatch(event: GameEvent): Applied {
    if (this.#disposed) return { ok: false, error: 'game/not-found' };
    const prev = this.#state;
    const result = step(prev, event);
    if (!result.ok) return result;
    this.#state = result.state;
    const writes: Promise<unknown>[] = [];
    let prepared = false;
    for (const effect of result.effects) {
      if (effect.type === 'round-prepared') prepared = true;
      const write = this.#perform(effect);
      if (write) writes.push(write);
    }
    this.#emit('step', { event, prev, state: this.#state, effects: result.effects });
    if (prev.phase !== 'finished' && this.#state.phase === 'finished') {
      this.#emit('finished', { code: this.code, state: this.#state });
    }
    const durable = Promise.all(writes).then(() => undefined);
    durable.catch((error: unknown) =>
      this.#deps.logger.error('persist failed', { code: this.code, error: String(error) }),
    );
    this.#pending.push(durable);
    this.#scheduleFlush();
    // The lead is set while devices fetch the images, before readiness schedules the flash.
    if (prepared) this.updateLead();
    return { ok: true, durable };
  }

  /** A host command at the current time. */
  host(command: HostCommand): Applied {
    return this.dispatch({ type: 'host', at: this.#deps.clock(), command });
  }

  /** A participant's readiness for a round. */
  ready(participantId: string, round: number): Applied {
    return this.dispatch({ type: 'ready', at: this.#deps.clock(), participantId, round });
  }

  /** A participant's answer; the round trip comes from the server's own measurement when it has one. */
  answer(participantId: string, payload: AnswerPayload): Applied {
    const at = this.#deps.clock();
    return this.dispatch({
      type: 'answer',
      at,
      participantId,
      ...payload,
      rttMs: this.#rttOf(participantId),
    });
  }

  /** Stores a device's timing report for a round that has been prepared. */
  timing(participantId: string, report: TimingReport): Applied {
    const p = this.#state.participants[participantId];
    if (!p || p.kicked) return { ok: false, error: 'round/not-participant' };
    const current = this.#state.round?.index ?? -1;
    if (report.round > current) return { ok: false, error: 'round/wrong-round' };
    this.#reportedRtt.set(participantId, report.rttMs);
    const record: TimingRecord = {
      ...report,
      gameCode: this.code,
      participantId,
      receivedAt: this.#deps.clock(),
    };
    const durable = this.#deps.store.saveTiming(record).then(() => this.#emit('timing', record));
    return { ok: true, durable };
  }

  /** Recomputes the lead from the connected devices' round trips (dispatches a `lead` event if it moved). */
  updateLead(): void {
    const rtts: number[] = [];
    for (const { conn } of this.#attached.values()) {
      if (conn.viewer.role !== 'participant') continue;
      const rtt = conn.rttMs() ?? this.#reportedRtt.get(conn.viewer.participantId);
      if (rtt !== undefined && rtt !== null) rtts.push(rtt);
    }
    const lead = leadFor(rtts, this.#deps.leadPolicy) ?? this.#deps.leadPolicy.minMs;
    if (Math.abs(lead - this.#state.leadMs) >= 10 && this.#state.phase !== 'finished') {
      this.dispatch({ type: 'lead', at: this.#deps.clock(), leadMs: lead });
    }
  }

  /**
   * Adds a connection. A second connection for the same seat (or host) replaces the first, which is
   * told `session:ended` {reason: 'replaced'}. A participant coming back within the reconnect grace
   * changes nothing (the seat never stopped counting); after it, the seat is marked connected again.
   */
  attach(conn: Connection): void {
    const viewer = conn.viewer;
    const seatKey = viewer.role === 'participant' ? viewer.participantId : viewer.role === 'host' ? '' : null;
    if (seatKey !== null) {
      const previous = seatKey === '' ? this.#hostConn : this.#seats.get(seatKey);
      if (previous && previous !== conn.id) {
        const old = this.#attached.get(previous);
        this.#attached.delete(previous);
        old?.conn.endSession('replaced');
      }
      if (seatKey === '') this.#hostConn = conn.id;
      else {
        this.#seats.set(seatKey, conn.id);
        this.#clearGrace(seatKey);
      }
    }
    this.#attached.set(conn.id, { conn, lastJson: null, lastSentAt: 0, lastKey: null, trailing: null });
    if (viewer.role === 'participant' && !this.#state.participants[viewer.participantId]?.connected) {
      this.dispatch({
        type: 'connection',
        at: this.#deps.clock(),
        participantId: viewer.participantId,
        connected: true,
      });
    }
    // With writes pending, the flush after them sends this connection its first view (never sooner).
    if (!this.#flushScheduled) this.#send(this.#attached.get(conn.id)!, true);
    if (viewer.role === 'host') this.#emit('host-attached', { code: this.code });
  }

  /**
   * Removes a connection. A seat whose current connection left is marked disconnected once the
   * reconnect grace passes without a new connection for it (SPEC J-8).
   */
  detach(conn: Connection): void {
    const entry = this.#attached.get(conn.id);
    if (!entry) return;
    if (entry.trailing) this.#deps.scheduler.clearTimer(entry.trailing);
    this.#attached.delete(conn.id);
    const viewer = conn.viewer;
    if (viewer.role === 'host' && this.#hostConn === conn.id) this.#hostConn = null;
    if (viewer.role === 'participant' && this.#seats.get(viewer.participantId) === conn.id) {
      this.#seats.delete(viewer.participantId);
      this.#startGrace(viewer.participantId);
    }
  }

  /** Arms the reconnect grace of a seat whose socket dropped (SPEC J-8). */
  #startGrace(participantId: string): void {
    const p = this.#state.participants[participantId];
    if (!p || p.kicked || !p.connected) return;
    this.#clearGrace(participantId);
    const at = this.#deps.clock() + this.#deps.reconnectGraceMs;
    const handle = this.#deps.scheduler.setTimer(at, () => {
      if (this.#grace.get(participantId) !== handle) return;
      this.#grace.delete(participantId);
      const seat = this.#state.participants[participantId];
      if (this.#seats.has(participantId) || !seat || seat.kicked || !seat.connected) return;
      this.dispatch({ type: 'connection', at: this.#deps.clock(), participantId, connected: false });
    });
    this.#grace.set(participantId, handle);
  }

  #clearGrace(participantId: string): void {
    const handle = this.#grace.get(participantId);
    if (handle) this.#deps.scheduler.clearTimer(handle);
    this.#grace.delete(participantId);
  }

  /** Number of attached connections. */
  get connectionCount(): number {
    return this.#attached.size;
  }

  /** Sends the dashboard's aggregates to the host connection, if any. */
  sendAnalytics(data: HostAnalytics): void {
    const host = this.#hostConn ? this.#attached.get(this.#hostConn) : undefined;
    host?.conn.sendAnalytics(data);
  }

  /** Resolves when every write issued so far is durable and the views they reflect were sent. */
  async settled(): Promise<void> {
    while (this.#flushScheduled || this.#pending.length > 0) {
      await (this.#flushScheduled ?? Promise.allSettled(this.#pending));
    }
  }

  /** Re-arms the timers a resumed (restarted) game needs, from its snapshot. */
  rearmTimers(): void {
    const now = this.#deps.clock();
    // The engine names what the state waits on, with the due times of its own set-timer effects (SPEC T-3).
    for (const t of pendingTimers(this.#state)) this.#setTimer(t.timer, t.round, Math.max(now, t.at));
  }

  /** Clears every timer and forgets connections (they are not told anything). */
  dispose(): void {
    this.#disposed = true;
    for (const handle of this.#timers.values()) this.#deps.scheduler.clearTimer(handle);
    this.#timers.clear();
    for (const handle of this.#grace.values()) this.#deps.scheduler.clearTimer(handle);
    this.#grace.clear();
    for (const entry of this.#attached.values()) {
      if (entry.trailing) this.#deps.scheduler.clearTimer(entry.trailing);
    }
    this.#attached.clear();
    this.events.removeAllListeners();
  }

  #perform(effect: Effect): Promise<unknown> | null {
    const { store } = this.#deps;
    switch (effect.type) {
      case 'set-timer':
        this.#setTimer(effect.timer, effect.round, effect.at);
        return null;
      case 'clear-timers':
        for (const handle of this.#timers.values()) this.#deps.scheduler.clearTimer(handle);
        this.#timers.clear();
        return null;
      case 'persist-answer': {
        const { round, answer } = effect;
        return retried(() => store.saveAnswer(this.code, round, answer)).then(() =>
          this.#emit('answer', { code: this.code, round, answer }),
        );
      }
      case 'persist-round': {
        const state = this.#state;
        return retried(() => store.saveRound(this.code, effect.round)).then(() =>
          this.#emit('round-closed', { code: this.code, round: effect.round, state }),
        );
      }
      case 'persist-game':
        // A retry writes the latest snapshot, never one older than a write that already succeeded.
        return retried(() => store.saveState(this.#state, this.#deps.clock()));
      case 'participant-kicked': {
        this.#clearGrace(effect.participantId);
        const connId = this.#seats.get(effect.participantId);
        const entry = connId ? this.#attached.get(connId) : undefined;
        if (entry) {
          this.#attached.delete(entry.conn.id);
          this.#seats.delete(effect.participantId);
          entry.conn.endSession('kicked');
        }
        return null;
      }
      case 'round-prepared':
      case 'round-scheduled':
        // The views (sent after this event) carry the stimulus ids and the schedule.
        return null;
      default: {
        const never: never = effect;
        void never;
        return null;
      }
    }
  }

  #setTimer(timer: TimerKind, round: number, at: number): void {
    const existing = this.#timers.get(timer);
    if (existing) this.#deps.scheduler.clearTimer(existing);
    const handle = this.#deps.scheduler.setTimer(at, () => {
      if (this.#timers.get(timer) === handle) this.#timers.delete(timer);
      const result = this.dispatch({ type: 'timer', at: this.#deps.clock(), timer, round });
      if (!result.ok)
        this.#deps.logger.info('timer rejected', { code: this.code, timer, round, error: result.error });
    });
    this.#timers.set(timer, handle);
  }

  #rttOf(participantId: string): number {
    const connId = this.#seats.get(participantId);
    const measured = connId ? this.#attached.get(connId)?.conn.rttMs() : null;
    return measured ?? this.#reportedRtt.get(participantId) ?? UNKNOWN_RTT_MS;
  }

  #emit<K extends keyof RoomEvents>(name: K, ...args: RoomEvents[K]): void {
    try {
      (this.events.emit as (n: K, ...a: RoomEvents[K]) => boolean)(name, ...args);
    } catch (error) {
      this.#deps.logger.error('room listener failed', { event: name, error: String(error) });
    }
  }

  /**
   * Sends views once the writes issued so far are durable, coalescing bursts of events into one send.
   * Events accepted while a flush waits get their own flush afterwards (no starvation under load).
   */
  #scheduleFlush(): void {
    if (this.#flushScheduled) return;
    const pending = this.#pending;
    this.#pending = [];
    // Every write of the events this state reflects is in `pending`; later events wait for the next flush.
    const state = this.#state;
    this.#flushScheduled = Promise.allSettled(pending).then(() => {
      this.#flushScheduled = null;
      if (this.#disposed) return;
      this.#shown = state;
      for (const entry of this.#attached.values()) this.#send(entry, false);
      if (this.#pending.length > 0) this.#scheduleFlush();
    });
  }

  /** Sends `entry` its view if it changed; host and presenter views are throttled within a phase. */
  #send(entry: Attached, force: boolean): void {
    const state = this.#shown;
    const viewer = entry.conn.viewer;
    // A seat taken after the shown state gets its first view with the next flush.
    if (viewer.role === 'participant' && !state.participants[viewer.participantId]) return;
    const view = viewFor(state, viewer);
    // `version` moves on every accepted event; a view that differs only there is not worth sending.
    const { version: _version, ...content } = view;
    const json = JSON.stringify(content);
    if (!force && json === entry.lastJson) return;
    const role = entry.conn.viewer.role;
    const key = `${state.phase}:${state.round?.index ?? -1}:${state.paused ? 1 : 0}`;
    const now = this.#deps.clock();
    const interval = this.#deps.hostViewIntervalMs;
    if (!force && role !== 'participant' && key === entry.lastKey && now - entry.lastSentAt < interval) {
      // Trailing send: the latest view goes out at the end of the interval.
      entry.trailing ??= this.#deps.scheduler.setTimer(entry.lastSentAt + interval, () => {
        entry.trailing = null;
        if (this.#attached.get(entry.conn.id) === entry && !this.#disposed) this.#send(entry, false);
      });
      return;
    }
    if (entry.trailing) {
      this.#deps.scheduler.clearTimer(entry.trailing);
      entry.trailing = null;
    }
    entry.lastJson = json;
    entry.lastKey = key;
    entry.lastSentAt = now;
    entry.conn.sendView(view);
  }
}
