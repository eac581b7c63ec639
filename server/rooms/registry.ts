/**
 * The room registry: creates games (code, plan, host token), seats participants (token), resolves
 * handshake credentials to a room and a viewer, resumes unfinished games after a restart, and
 * disposes rooms (clearing their timers). Tokens are kept only as hashes, here and in the store.
 */
import { EventEmitter } from 'node:events';
import { step } from '../../shared/game/engine';
import { isOpenPhase } from '../../shared/game/phases';
import type { GameSettings, GameState, Viewer } from '../../shared/game/types';
import { gameCodeSchema, type ErrorCode, type HandshakeAuth, type Result } from '../../shared/protocol';
import type { Store } from '../db/store';
import type { Clock, Logger, Scheduler, TimerHandle } from './ports';
import { silentLogger } from './ports';
import { hashToken, type RandomSource } from './random';
import { Room, type RoomDeps } from './room';
import type { StimulusCatalog } from './stimuli';
import type { LeadPolicy } from './lead';

/** What the registry needs. */
export interface RegistryDeps {
  store: Store;
  clock: Clock;
  scheduler: Scheduler;
  random: RandomSource;
  stimuli: StimulusCatalog;
  logger?: Logger;
  leadPolicy?: LeadPolicy;
  hostViewIntervalMs?: number;
  /** Reconnect grace of a dropped seat (SPEC J-8; default `RECONNECT_GRACE_MS`). */
  reconnectGraceMs?: number;
  /** How long a finished game stays in memory (for late reconnects and final views). */
  finishedRetentionMs?: number;
}

/** What the registry emits: hook in here to attach listeners to every room (e.g. the dashboard). */
export interface RegistryEvents {
  'room-created': [room: Room];
  'room-disposed': [code: string];
}

interface Credential {
  code: string;
  /** null for the host. */
  participantId: string | null;
}

/** A handshake resolved to a room and a viewer. */
export interface Session {
  room: Room;
  viewer: Viewer;
}

/** All rooms of this process. */
export class RoomRegistry {
  readonly events = new EventEmitter<RegistryEvents>();
  readonly #deps: RegistryDeps & { logger: Logger };
  readonly #rooms = new Map<string, Room>();
  readonly #credentials = new Map<string, Credential>();
  readonly #retention = new Map<string, TimerHandle>();

  constructor(deps: RegistryDeps) {
    this.#deps = { logger: silentLogger, ...deps };
  }

  /** The room of a game in memory. */
  get(code: string): Room | undefined {
    return this.#rooms.get(code);
  }

  /** Every room in memory. */
  all(): Room[] {
    return [...this.#rooms.values()];
  }

  /** Creates a game: unique code, planned rounds with fresh stimulus ids, host token. */
  async createGame(settings: GameSettings): Promise<Result<{ code: string; hostToken: string }>> {
    const { stimuli, store, clock, random } = this.#deps;
    if (!stimuli.deckAllows(settings)) return fail('request/invalid');
    const code = await this.#freshCode();
    // The engine validates the plan; only a game it accepts registers stimulus ids.
    const planned = stimuli.plan(settings);
    const at = clock();
    const result = step(null, { type: 'create', at, code, settings, plan: planned.plan });
    if (!result.ok) return fail(result.error);
    const hostToken = random.id(32);
    const hostTokenHash = hashToken(hostToken);
    const state = result.state;
    await store.createGame(
      {
        code,
        settings,
        hostTokenHash,
        phase: state.phase,
        createdAt: at,
        finishedAt: null,
        state,
        updatedAt: at,
      },
      stimuli.adopt(code, planned),
    );
    this.#credentials.set(hostTokenHash, { code, participantId: null });
    this.#add(new Room(state, this.#roomDeps()));
    return { ok: true, data: { code, hostToken } };
  }

  /** Seats a participant (the name was validated and filtered by the caller); returns their token. */
  async join(
    code: string,
    name: string,
  ): Promise<Result<{ participantId: string; token: string; name: string }>> {
    const room = this.#rooms.get(code);
    if (!room) return fail('game/not-found');
    // The 'p' prefix keeps the id from starting with '-' (base64url): exports would otherwise guard it
    // as a spreadsheet formula ('-…) and it would no longer match the id in the database.
    const participantId = `p${this.#deps.random.id(9)}`;
    const joinedAt = this.#deps.clock();
    // The seat is taken over REST; it counts as connected only once its socket attaches, so a
    // device that never connects does not hold up "everyone ready" (SPEC J-1, R-2).
    const applied = room.dispatch({ type: 'join', at: joinedAt, participantId, name, connected: false });
    if (!applied.ok) return fail(applied.error);
    const token = this.#deps.random.id(32);
    const tokenHash = hashToken(token);
    const seat = room.state.participants[participantId]!;
    this.#credentials.set(tokenHash, { code, participantId });
    await Promise.all([
      applied.durable,
      this.#deps.store.addParticipant({
        gameCode: code,
        id: participantId,
        name: seat.name,
        tokenHash,
        score: 0,
        streak: 0,
        kicked: false,
        joinedAt,
      }),
    ]);
    return { ok: true, data: { participantId, token, name: seat.name } };
  }

  /** Resolves a handshake `auth` to a session, or the error code to refuse it with. */
  authenticate(auth: unknown): Session | ErrorCode {
    if (typeof auth !== 'object' || auth === null) return 'auth/invalid-token';
    const value = auth as Partial<Record<keyof HandshakeAuth | 'token' | 'presenter', unknown>>;
    if (typeof value.presenter === 'string') {
      if (!gameCodeSchema.safeParse(value.presenter).success) return 'auth/invalid-token';
      const room = this.#rooms.get(value.presenter);
      return room ? { room, viewer: { role: 'presenter' } } : 'game/not-found';
    }
    if (typeof value.token !== 'string' || value.token.length === 0 || value.token.length > 200) {
      return 'auth/invalid-token';
    }
    const credential = this.#credentials.get(hashToken(value.token));
    if (!credential) return 'auth/invalid-token';
    const room = this.#rooms.get(credential.code);
    if (!room) return 'game/not-found';
    if (credential.participantId === null) return { room, viewer: { role: 'host' } };
    const seat = room.state.participants[credential.participantId];
    if (!seat) return 'auth/invalid-token';
    if (seat.kicked) return 'lobby/kicked';
    return { room, viewer: { role: 'participant', participantId: credential.participantId } };
  }

  /** Loads unfinished games from the store (after a restart); returns how many were resumed. */
  async resume(): Promise<number> {
    const { store } = this.#deps;
    let count = 0;
    for (const game of await store.listGames({ unfinished: true })) {
      if (this.#rooms.has(game.code)) continue;
      const state = await this.#restoredState(game.state);
      this.#credentials.set(game.hostTokenHash, { code: game.code, participantId: null });
      for (const p of await store.getParticipants(game.code)) {
        this.#credentials.set(p.tokenHash, { code: game.code, participantId: p.id });
      }
      const room = new Room(state, this.#roomDeps());
      this.#add(room);
      room.rearmTimers();
      count += 1;
    }
    return count;
  }

  /** Disposes one room: timers cleared, credentials forgotten. */
  dispose(code: string): void {
    const room = this.#rooms.get(code);
    if (!room) return;
    room.dispose();
    this.#rooms.delete(code);
    this.#deps.stimuli.forgetGame(code);
    const retention = this.#retention.get(code);
    if (retention) this.#deps.scheduler.clearTimer(retention);
    this.#retention.delete(code);
    for (const [hash, credential] of this.#credentials)
      if (credential.code === code) this.#credentials.delete(hash);
    this.events.emit('room-disposed', code);
  }

  /** Disposes every room. */
  disposeAll(): void {
    for (const code of [...this.#rooms.keys()]) this.dispose(code);
  }

  /** Resolves once every room's writes are durable and its views sent. */
  async settled(): Promise<void> {
    await Promise.all(this.all().map((r) => r.settled()));
  }

  #add(room: Room): void {
    this.#rooms.set(room.code, room);
    room.events.on('finished', () => {
      const at = this.#deps.clock() + (this.#deps.finishedRetentionMs ?? 30 * 60_000);
      this.#retention.set(
        room.code,
        this.#deps.scheduler.setTimer(at, () => this.dispose(room.code)),
      );
    });
    this.events.emit('room-created', room);
  }

  #roomDeps(): RoomDeps {
    const { store, clock, scheduler, logger, leadPolicy, hostViewIntervalMs, reconnectGraceMs } = this.#deps;
    return {
      store,
      clock,
      scheduler,
      logger,
      ...(leadPolicy ? { leadPolicy } : {}),
      ...(hostViewIntervalMs !== undefined ? { hostViewIntervalMs } : {}),
      ...(reconnectGraceMs !== undefined ? { reconnectGraceMs } : {}),
    };
  }

  /**
   * A snapshot is written on phase changes and joins; answers of the open round are durable in their
   * own table and merged back here. Everyone starts disconnected until their device reconnects.
   */
  async #restoredState(snapshot: GameState): Promise<GameState> {
    const participants = Object.fromEntries(
      Object.entries(snapshot.participants).map(([id, p]) => [id, { ...p, connected: false }]),
    );
    let round = snapshot.round;
    if (round && isOpenPhase(snapshot.phase)) {
      const answers = { ...round.answers };
      for (const a of await this.#deps.store.getAnswers(snapshot.code)) {
        if (a.round !== round.index) continue;
        const { gameCode: _g, round: _r, ...answer } = a;
        answers[a.participantId] ??= answer;
      }
      round = { ...round, answers };
    }
    return { ...snapshot, participants, round };
  }

  async #freshCode(): Promise<string> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const code = String(this.#deps.random.int(1_000_000)).padStart(6, '0');
      if (!this.#rooms.has(code) && !(await this.#deps.store.getGame(code))) return code;
    }
    throw new Error('no free game code');
  }
}

function fail(code: ErrorCode): { ok: false; error: { code: ErrorCode } } {
  return { ok: false, error: { code } };
}
