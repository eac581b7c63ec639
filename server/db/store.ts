/**
 * The storage port. Rooms and routes only talk to a `Store`; `memory-store.ts` and
 * `drizzle-store.ts` implement it, and one contract suite (tests/integration/store-contract.test.ts)
 * runs against both. Every write resolves only once it is durable (for the drizzle store: after the
 * transaction that holds it has committed), so an acknowledgement can wait on it.
 */
import type { Emotion } from '../../shared/emotions';
import type { Answer, GameSettings, GameState, Phase, RoundState } from '../../shared/game/types';
import type { TimingReport } from '../../shared/protocol';

/** A stored game. */
export interface GameRecord {
  code: string;
  settings: GameSettings;
  hostTokenHash: string;
  phase: Phase;
  createdAt: number;
  finishedAt: number | null;
  /** Latest engine snapshot. */
  state: GameState;
  updatedAt: number;
}

/** A stored seat. */
export interface ParticipantRecord {
  gameCode: string;
  id: string;
  name: string;
  tokenHash: string;
  score: number;
  streak: number;
  kicked: boolean;
  joinedAt: number;
}

/** A stored round (planned at creation; times filled in as it runs). */
export interface RoundRecord {
  gameCode: string;
  index: number;
  identityId: string;
  emotion: Emotion;
  exposureMs: number;
  maskId: string;
  apexId: string;
  /** The `StimulusSpec` the images are rendered from (opaque JSON to the store). */
  stimulus: unknown;
  preparedAt: number | null;
  showAt: number | null;
  deadline: number | null;
  skipped: boolean;
}

/** A stored answer. */
export interface AnswerRecord extends Answer {
  gameCode: string;
  round: number;
}

/** A stored timing report (one per device per round; a later one replaces an earlier one). */
export interface TimingRecord extends TimingReport {
  gameCode: string;
  participantId: string;
  receivedAt: number;
}

/** Which image of a round a stimulus id names. */
export interface StimulusRef {
  gameCode: string;
  round: number;
  frame: 'neutral' | 'apex';
  stimulus: unknown;
}

/** The storage port. */
export interface Store {
  /** Inserts a game with its planned rounds. */
  createGame(game: GameRecord, rounds: RoundRecord[]): Promise<void>;
  /** Writes the latest snapshot (phase, finished time, participant scores). Coalesced when batched. */
  saveState(state: GameState, at: number): Promise<void>;
  addParticipant(participant: ParticipantRecord): Promise<void>;
  /** Updates a round's schedule and skipped flag. */
  saveRound(gameCode: string, round: RoundState): Promise<void>;
  /** Inserts an answer; rejects when that participant already has one for that round. */
  saveAnswer(gameCode: string, round: number, answer: Answer): Promise<void>;
  /** Inserts or replaces a device's timing report for a round. */
  saveTiming(record: TimingRecord): Promise<void>;
  /** Deletes a game and everything that belongs to it. */
  deleteGame(code: string): Promise<void>;

  getGame(code: string): Promise<GameRecord | null>;
  /** Games newest first; `unfinished` keeps only those not finished (for resuming after a restart). */
  listGames(options?: { unfinished?: boolean }): Promise<GameRecord[]>;
  getParticipants(code: string): Promise<ParticipantRecord[]>;
  getRounds(code: string): Promise<RoundRecord[]>;
  getAnswers(code: string): Promise<AnswerRecord[]>;
  getTimingReports(code: string): Promise<TimingRecord[]>;
  /** Resolves an opaque stimulus id to its round and frame. */
  findStimulus(id: string): Promise<StimulusRef | null>;

  /** Resolves once every write issued so far is durable. */
  flush(): Promise<void>;
  /** Flushes and releases the store. */
  close(): Promise<void>;
}

/** Participant score columns mirrored from a snapshot. */
export function participantScores(state: GameState) {
  return Object.values(state.participants).map((p) => ({
    id: p.id,
    score: p.score,
    streak: p.streak,
    kicked: p.kicked,
  }));
}
