/**
 * The SQLite `Store`. Writes are queued and committed together in one transaction every few
 * milliseconds (or as soon as `maxBatch` are waiting); each write's promise resolves only after its
 * transaction committed, so a socket ack that awaits it is durable. A failing write (e.g. a duplicate
 * answer) runs in its own savepoint and rejects alone without sinking the rest of the batch.
 * Snapshot writes of the same game within one batch are coalesced to the latest.
 */
import { and, asc, desc, eq, ne, or } from 'drizzle-orm';
import type { Answer, GameState, RoundState } from '../../shared/game/types';
import { migrateSettings, migrateSnapshot, serializeState } from '../../shared/game/snapshot';
import type { OpenDatabase } from './client';
import { answers, games, participants, rounds, timingReports } from './schema';
import {
  participantScores,
  type AnswerRecord,
  type GameRecord,
  type ParticipantRecord,
  type RoundRecord,
  type StimulusRef,
  type Store,
  type TimingRecord,
} from './store';

interface QueuedWrite {
  run: () => void;
  waiters: { resolve: () => void; reject: (e: unknown) => void }[];
}

/** Options of the batching write queue. */
export interface DrizzleStoreOptions {
  /** Longest a write waits for companions before its transaction starts (ms). */
  batchMs?: number;
  /** Commit at once when this many writes are waiting. */
  maxBatch?: number;
}

/** A `Store` on SQLite through drizzle. */
export class DrizzleStore implements Store {
  readonly #database: OpenDatabase;
  readonly #batchMs: number;
  readonly #maxBatch: number;
  #queue: QueuedWrite[] = [];
  /** Coalescing: the queued snapshot write per game code. */
  #pendingState = new Map<string, QueuedWrite>();
  #timer: NodeJS.Timeout | null = null;
  #closed = false;

  constructor(database: OpenDatabase, options: DrizzleStoreOptions = {}) {
    this.#database = database;
    this.#batchMs = options.batchMs ?? 5;
    this.#maxBatch = options.maxBatch ?? 50;
  }

  get #db() {
    return this.#database.db;
  }

  #enqueue(run: () => void, coalesceKey?: string): Promise<void> {
    if (this.#closed) return Promise.reject(new Error('store closed'));
    return new Promise<void>((resolve, reject) => {
      const existing = coalesceKey ? this.#pendingState.get(coalesceKey) : undefined;
      if (existing) {
        existing.run = run;
        existing.waiters.push({ resolve, reject });
        return;
      }
      const write: QueuedWrite = { run, waiters: [{ resolve, reject }] };
      this.#queue.push(write);
      if (coalesceKey) this.#pendingState.set(coalesceKey, write);
      if (this.#queue.length >= this.#maxBatch) this.#commit();
      else this.#timer ??= setTimeout(() => this.#commit(), this.#batchMs);
    });
  }

  /** Commits everything queued in one transaction, each write in its own savepoint. */
  #commit(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const batch = this.#queue;
    this.#queue = [];
    this.#pendingState.clear();
    if (batch.length === 0) return;
    const { sqlite } = this.#database;
    const outcomes: (unknown | null)[] = [];
    try {
      sqlite.transaction(() => {
        for (const write of batch) {
          try {
            sqlite.transaction(write.run)(); // nested: a savepoint
            outcomes.push(null);
          } catch (error) {
            outcomes.push(error ?? new Error('write failed'));
          }
        }
      })();
    } catch (error) {
      // The commit itself failed: nothing in this batch is durable.
      for (const write of batch) for (const w of write.waiters) w.reject(error);
      return;
    }
    batch.forEach((write, i) => {
      const error = outcomes[i];
      for (const w of write.waiters) {
        if (error) w.reject(error);
        else w.resolve();
      }
    });
  }

  createGame(game: GameRecord, roundRows: RoundRecord[]): Promise<void> {
    return this.#enqueue(() => {
      this.#db
        .insert(games)
        .values({ ...game, state: serializeState(game.state), settings: game.settings })
        .run();
      if (roundRows.length > 0) {
        this.#db
          .insert(rounds)
          .values(roundRows.map((r) => ({ ...r, stimulus: r.stimulus as object })))
          .run();
      }
    });
  }

  saveState(state: GameState, at: number): Promise<void> {
    const stored = serializeState(state);
    const snapshot = stored.state;
    return this.#enqueue(() => {
      const row = this.#db
        .select({ finishedAt: games.finishedAt })
        .from(games)
        .where(eq(games.code, snapshot.code))
        .get();
      if (!row) throw new Error(`unknown game ${snapshot.code}`);
      this.#db
        .update(games)
        .set({
          state: stored,
          phase: snapshot.phase,
          updatedAt: at,
          finishedAt: row.finishedAt ?? (snapshot.phase === 'finished' ? at : null),
        })
        .where(eq(games.code, snapshot.code))
        .run();
      for (const s of participantScores(snapshot)) {
        this.#db
          .update(participants)
          .set({ score: s.score, streak: s.streak, kicked: s.kicked })
          .where(and(eq(participants.gameCode, snapshot.code), eq(participants.id, s.id)))
          .run();
      }
    }, `state:${state.code}`);
  }

  addParticipant(participant: ParticipantRecord): Promise<void> {
    return this.#enqueue(() => {
      this.#db.insert(participants).values(participant).run();
    });
  }

  saveRound(gameCode: string, round: RoundState): Promise<void> {
    const { preparedAt, showAt, deadline, skipped, index } = round;
    return this.#enqueue(() => {
      const result = this.#db
        .update(rounds)
        .set({ preparedAt, showAt, deadline, skipped })
        .where(and(eq(rounds.gameCode, gameCode), eq(rounds.index, index)))
        .run();
      if (result.changes === 0) throw new Error(`unknown round ${index}`);
    });
  }

  saveAnswer(gameCode: string, round: number, answer: Answer): Promise<void> {
    const row = { ...answer, gameCode, round };
    return this.#enqueue(() => {
      this.#db.insert(answers).values(row).run();
    });
  }

  saveTiming(record: TimingRecord): Promise<void> {
    const row = { ...record };
    return this.#enqueue(() => {
      this.#db
        .insert(timingReports)
        .values(row)
        .onConflictDoUpdate({
          target: [timingReports.gameCode, timingReports.round, timingReports.participantId],
          set: row,
        })
        .run();
    });
  }

  deleteGame(code: string): Promise<void> {
    return this.#enqueue(() => {
      for (const table of [answers, timingReports, rounds, participants]) {
        this.#db.delete(table).where(eq(table.gameCode, code)).run();
      }
      this.#db.delete(games).where(eq(games.code, code)).run();
    });
  }

  async getGame(code: string): Promise<GameRecord | null> {
    const row = this.#db.select().from(games).where(eq(games.code, code)).get();
    return row ? toGame(row) : null;
  }

  async listGames(options: { unfinished?: boolean } = {}): Promise<GameRecord[]> {
    const query = this.#db.select().from(games);
    const rows = (options.unfinished ? query.where(ne(games.phase, 'finished')) : query)
      .orderBy(desc(games.createdAt), asc(games.code))
      .all();
    return rows.map(toGame);
  }

  async getParticipants(code: string): Promise<ParticipantRecord[]> {
    return this.#db
      .select()
      .from(participants)
      .where(eq(participants.gameCode, code))
      .orderBy(asc(participants.joinedAt), asc(participants.id))
      .all();
  }

  async getRounds(code: string): Promise<RoundRecord[]> {
    return this.#db
      .select()
      .from(rounds)
      .where(eq(rounds.gameCode, code))
      .orderBy(asc(rounds.index))
      .all()
      .map((r) => ({ ...r, emotion: r.emotion as RoundRecord['emotion'] }));
  }

  async getAnswers(code: string): Promise<AnswerRecord[]> {
    return this.#db
      .select()
      .from(answers)
      .where(eq(answers.gameCode, code))
      .orderBy(asc(answers.id))
      .all()
      .map(({ id: _id, ...a }) => ({ ...a, choice: a.choice as AnswerRecord['choice'] }));
  }

  async getTimingReports(code: string): Promise<TimingRecord[]> {
    return this.#db
      .select()
      .from(timingReports)
      .where(eq(timingReports.gameCode, code))
      .orderBy(asc(timingReports.round), asc(timingReports.participantId))
      .all()
      .map(({ id: _id, ...t }) => ({ ...t, missedReason: t.missedReason as TimingRecord['missedReason'] }));
  }

  async findStimulus(id: string): Promise<StimulusRef | null> {
    const row = this.#db
      .select()
      .from(rounds)
      .where(or(eq(rounds.maskId, id), eq(rounds.apexId, id)))
      .get();
    if (!row) return null;
    return {
      gameCode: row.gameCode,
      round: row.index,
      frame: row.maskId === id ? 'neutral' : 'apex',
      stimulus: row.stimulus,
    };
  }

  flush(): Promise<void> {
    if (this.#queue.length === 0) return Promise.resolve();
    const last = this.#queue[this.#queue.length - 1]!;
    const done = new Promise<void>((resolve) => last.waiters.push({ resolve, reject: () => resolve() }));
    this.#commit();
    return done;
  }

  async close(): Promise<void> {
    await this.flush();
    this.#closed = true;
    this.#database.close();
  }
}

function toGame(row: typeof games.$inferSelect): GameRecord {
  return {
    ...row,
    // Rows written by older builds are checked and brought up to date on the way in (`snapshot.ts`).
    settings: migrateSettings(row.settings),
    state: migrateSnapshot(row.state),
    phase: row.phase as GameRecord['phase'],
  };
}
