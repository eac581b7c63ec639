/**
 * Fakes for the Room fuzz test: a store whose writes fail at random (and succeed when tried again)
 * or are held back until released, and a connection that runs a check on every view it receives.
 */
import type { Answer, GameState, RoundState, Viewer } from '../../../../shared/game/types';
import type { SessionEndReason, View } from '../../../../shared/protocol';
import { MemoryStore } from '../../../../server/db/memory-store';
import type { TimingRecord } from '../../../../server/db/store';
import { FakeConnection } from './fakes';

/** How a `FlakyStore` misbehaves. */
export interface FlakyOptions {
  /** Chance that one attempt of a write fails (nothing of it is stored). */
  failRate: number;
  /** Chance that a write is held back until `release`. */
  holdRate: number;
  /** The same write fails at most this many times in a row, so trying again eventually succeeds. */
  maxFailuresInARow: number;
}

/** Key of a stored answer: `round/participantId`. */
export const answerKey = (round: number, participantId: string) => `${round}/${participantId}`;

/**
 * A `MemoryStore` whose writes fail like a database under trouble: a failed write stores nothing and
 * rejects; the same write tried again fails at most `maxFailuresInARow` times in a row. Writes run one
 * after another in the order they were issued, as in SQLite; a held write stays pending (and the
 * writes behind it wait) until `release` lets it go.
 */
export class FlakyStore extends MemoryStore {
  /** Answers whose write has committed. */
  readonly committedAnswers = new Set<string>();
  /** Injected failures so far. */
  failures = 0;
  readonly #rand: () => number;
  readonly #options: FlakyOptions;
  readonly #inARow = new Map<string, number>();
  #held: (() => void)[] = [];
  #tail: Promise<void> = Promise.resolve();

  constructor(rand: () => number, options: FlakyOptions) {
    super();
    this.#rand = rand;
    this.#options = options;
  }

  /** Writes waiting for `release`. */
  get held(): number {
    return this.#held.length;
  }

  /** Lets the held write go. */
  release(): void {
    for (const go of this.#held.splice(0)) go();
  }

  #write(key: string, run: () => Promise<void>): Promise<void> {
    const hold = this.#rand() < this.#options.holdRate;
    const result = this.#tail.then(async () => {
      if (hold) await new Promise<void>((go) => this.#held.push(go));
      const inARow = this.#inARow.get(key) ?? 0;
      if (inARow < this.#options.maxFailuresInARow && this.#rand() < this.#options.failRate) {
        this.#inARow.set(key, inARow + 1);
        this.failures += 1;
        throw new Error(`injected write failure (${key})`);
      }
      this.#inARow.delete(key);
      await run();
    });
    this.#tail = result.catch(() => {});
    return result;
  }

  override saveState(state: GameState, at: number): Promise<void> {
    return this.#write('state', () => super.saveState(state, at));
  }

  override saveRound(gameCode: string, round: RoundState): Promise<void> {
    return this.#write(`round:${round.index}`, () => super.saveRound(gameCode, round));
  }

  override saveAnswer(gameCode: string, round: number, answer: Answer): Promise<void> {
    const key = answerKey(round, answer.participantId);
    return this.#write(`answer:${key}`, async () => {
      await super.saveAnswer(gameCode, round, answer);
      this.committedAnswers.add(key);
    });
  }

  override saveTiming(record: TimingRecord): Promise<void> {
    return this.#write(`timing:${record.round}/${record.participantId}`, () => super.saveTiming(record));
  }
}

/** A recording connection that runs `check` on every view before recording it, and knows when it closed. */
export class ProbeConnection extends FakeConnection {
  /** Set once the test detached it or the room ended its session: no view may arrive after that. */
  closed = false;
  readonly #check: (conn: ProbeConnection, view: View) => void;

  constructor(viewer: Viewer, check: (conn: ProbeConnection, view: View) => void) {
    super(viewer);
    this.#check = check;
  }

  override sendView(view: View): void {
    this.#check(this, view);
    super.sendView(view);
  }

  override endSession(reason: SessionEndReason): void {
    super.endSession(reason);
    this.closed = true;
  }
}
