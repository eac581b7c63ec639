/**
 * In-memory `Store` for unit tests and throwaway servers. Values are deep-copied in and out so a
 * caller can never mutate what is "stored", just like a database.
 */
import type { Answer, GameState, RoundState } from '../../shared/game/types';
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

const copy = <T>(value: T): T => structuredClone(value);

interface GameData {
  game: GameRecord;
  participants: Map<string, ParticipantRecord>;
  rounds: RoundRecord[];
  answers: AnswerRecord[];
  timing: Map<string, TimingRecord>;
}

/** A `Store` that keeps everything in maps. */
export class MemoryStore implements Store {
  readonly #games = new Map<string, GameData>();
  #closed = false;

  #data(code: string): GameData {
    if (this.#closed) throw new Error('store closed');
    const data = this.#games.get(code);
    if (!data) throw new Error(`unknown game ${code}`);
    return data;
  }

  async createGame(game: GameRecord, rounds: RoundRecord[]): Promise<void> {
    if (this.#games.has(game.code)) throw new Error(`duplicate game ${game.code}`);
    this.#games.set(game.code, {
      game: copy(game),
      participants: new Map(),
      rounds: copy(rounds),
      answers: [],
      timing: new Map(),
    });
  }

  async saveState(state: GameState, at: number): Promise<void> {
    const data = this.#data(state.code);
    data.game.state = copy(state);
    data.game.phase = state.phase;
    data.game.updatedAt = at;
    if (state.phase === 'finished' && data.game.finishedAt === null) data.game.finishedAt = at;
    for (const s of participantScores(state)) {
      const p = data.participants.get(s.id);
      if (p) Object.assign(p, { score: s.score, streak: s.streak, kicked: s.kicked });
    }
  }

  async addParticipant(participant: ParticipantRecord): Promise<void> {
    const data = this.#data(participant.gameCode);
    if (data.participants.has(participant.id)) throw new Error('duplicate participant');
    data.participants.set(participant.id, copy(participant));
  }

  async saveRound(gameCode: string, round: RoundState): Promise<void> {
    const row = this.#data(gameCode).rounds.find((r) => r.index === round.index);
    if (!row) throw new Error(`unknown round ${round.index}`);
    Object.assign(row, {
      preparedAt: round.preparedAt,
      showAt: round.showAt,
      deadline: round.deadline,
      skipped: round.skipped,
    });
  }

  async saveAnswer(gameCode: string, round: number, answer: Answer): Promise<void> {
    const data = this.#data(gameCode);
    if (data.answers.some((a) => a.round === round && a.participantId === answer.participantId)) {
      throw new Error('duplicate answer');
    }
    data.answers.push({ ...copy(answer), gameCode, round });
  }

  async saveTiming(record: TimingRecord): Promise<void> {
    this.#data(record.gameCode).timing.set(`${record.round}:${record.participantId}`, copy(record));
  }

  async deleteGame(code: string): Promise<void> {
    this.#games.delete(code);
  }

  async getGame(code: string): Promise<GameRecord | null> {
    const data = this.#games.get(code);
    return data ? copy(data.game) : null;
  }

  async listGames(options: { unfinished?: boolean } = {}): Promise<GameRecord[]> {
    return [...this.#games.values()]
      .map((d) => d.game)
      .filter((g) => !options.unfinished || g.phase !== 'finished')
      .sort((a, b) => b.createdAt - a.createdAt || (a.code < b.code ? -1 : 1))
      .map(copy);
  }

  async getParticipants(code: string): Promise<ParticipantRecord[]> {
    const data = this.#games.get(code);
    return data ? copy([...data.participants.values()].sort((a, b) => a.joinedAt - b.joinedAt)) : [];
  }

  async getRounds(code: string): Promise<RoundRecord[]> {
    return copy(this.#games.get(code)?.rounds ?? []);
  }

  async getAnswers(code: string): Promise<AnswerRecord[]> {
    return copy(this.#games.get(code)?.answers ?? []);
  }

  async getTimingReports(code: string): Promise<TimingRecord[]> {
    const data = this.#games.get(code);
    return data ? copy([...data.timing.values()]) : [];
  }

  async findStimulus(id: string): Promise<StimulusRef | null> {
    for (const data of this.#games.values()) {
      for (const r of data.rounds) {
        if (r.maskId === id || r.apexId === id) {
          return {
            gameCode: r.gameCode,
            round: r.index,
            frame: r.maskId === id ? 'neutral' : 'apex',
            stimulus: copy(r.stimulus),
          };
        }
      }
    }
    return null;
  }

  async flush(): Promise<void> {}

  async close(): Promise<void> {
    this.#closed = true;
  }
}
