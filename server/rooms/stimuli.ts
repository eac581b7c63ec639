/**
 * Stimuli: plans each game's rounds with the face library and serves their images by opaque id.
 * Every round gets two fresh unguessable ids (mask and apex); only the server knows which spec and
 * frame an id stands for, so neither the URL nor the file names the emotion (SPEC V-1).
 */
import { DECKS, planStimuli, renderStimulus, type StimulusSpec } from '../../shared/face';
import { courseBlock } from '../../shared/game/course';
import type { GameSettings, PlannedRound } from '../../shared/game/types';
import type { RoundRecord, Store } from '../db/store';
import type { RandomSource } from './random';

/** The face library's API as the server uses it (injectable for tests). */
export interface FaceLibrary {
  decks: readonly { id: string; title: string; description: string; emotions: readonly string[] }[];
  planStimuli(
    deckId: string,
    emotions: GameSettings['emotions'],
    count: number,
    seed: number,
  ): StimulusSpec[];
  renderStimulus(spec: StimulusSpec, frame: 'neutral' | 'apex'): string;
}

/** The real face library from shared/face. */
export const sharedFaces: FaceLibrary = {
  decks: DECKS,
  planStimuli: (deckId, emotions, count, seed) => planStimuli(deckId, emotions, count, seed),
  renderStimulus: (spec, frame) => renderStimulus(spec, frame),
};

/** Bytes of randomness in a stimulus id (≥ 16, per the brief: unguessable). */
const STIMULUS_ID_BYTES = 18;
/** Rendered SVGs kept in memory. */
const CACHE_SIZE = 500;

/** A planned game: the engine's plan and, per round, the spec its two ids render. */
export interface PlannedGame {
  plan: PlannedRound[];
  specs: StimulusSpec[];
}

/** Plans rounds and renders their images. */
export class StimulusCatalog {
  readonly #faces: FaceLibrary;
  readonly #random: RandomSource;
  readonly #store: Store;
  /** id → what it renders, for games in memory; other ids are looked up in the store. */
  readonly #refs = new Map<string, { spec: StimulusSpec; frame: 'neutral' | 'apex' }>();
  /** Game code → the ids it registered, so a retired game's refs can be dropped. */
  readonly #byGame = new Map<string, string[]>();
  /** id → SVG, least recently used first. */
  readonly #cache = new Map<string, string>();

  constructor(faces: FaceLibrary, random: RandomSource, store: Store) {
    this.#faces = faces;
    this.#random = random;
    this.#store = store;
  }

  /** True when the deck exists and offers every requested emotion. */
  deckAllows(settings: GameSettings): boolean {
    const deck = this.#faces.decks.find((d) => d.id === settings.deckId);
    return deck !== undefined && settings.emotions.every((e) => deck.emotions.includes(e));
  }

  /**
   * Plans every round of a game (call `deckAllows` first). Registers nothing: a plan the engine
   * refuses leaves no trace; `adopt` it once the game exists.
   */
  plan(settings: GameSettings): PlannedGame {
    const seed = this.#random.int(2 ** 31);
    const specs = this.#faces.planStimuli(settings.deckId, settings.emotions, settings.rounds, seed);
    const plan = specs.map((spec, index): PlannedRound => ({
      maskId: this.#random.id(STIMULUS_ID_BYTES),
      apexId: this.#random.id(STIMULUS_ID_BYTES),
      emotion: spec.emotion,
      identityId: spec.identityId,
      exposureMs: settings.exposureMs,
      // SPEC V-8: a course splits the rounds into pre-test, training and post-test.
      ...(settings.course ? { block: courseBlock(index, settings.rounds) } : {}),
    }));
    return { plan, specs };
  }

  /** Registers the ids of a created game and returns the round rows the store keeps. */
  adopt(code: string, { plan, specs }: PlannedGame): RoundRecord[] {
    const ids: string[] = [];
    const rounds = plan.map((round, index): RoundRecord => {
      const spec = specs[index]!;
      this.#refs.set(round.maskId, { spec, frame: 'neutral' });
      this.#refs.set(round.apexId, { spec, frame: 'apex' });
      ids.push(round.maskId, round.apexId);
      return {
        gameCode: code,
        index,
        identityId: round.identityId,
        emotion: round.emotion,
        exposureMs: round.exposureMs,
        maskId: round.maskId,
        apexId: round.apexId,
        stimulus: spec,
        preparedAt: null,
        showAt: null,
        deadline: null,
        skipped: false,
      };
    });
    this.#byGame.set(code, [...(this.#byGame.get(code) ?? []), ...ids]);
    return rounds;
  }

  /**
   * Drops a retired game's refs and cached images (its room left memory). Its ids still resolve from
   * the store afterwards (a report's replay of a finished game), just not from memory.
   */
  forgetGame(code: string): void {
    for (const id of this.#byGame.get(code) ?? []) {
      this.#refs.delete(id);
      this.#cache.delete(id);
    }
    this.#byGame.delete(code);
  }

  /** Number of ids held in memory (refs), for tests and monitoring. */
  get size(): number {
    return this.#refs.size;
  }

  /** The SVG for an id, or null for an unknown id. */
  async svg(id: string): Promise<string | null> {
    const cached = this.#cache.get(id);
    if (cached !== undefined) {
      this.#cache.delete(id);
      this.#cache.set(id, cached);
      return cached;
    }
    let ref = this.#refs.get(id);
    if (!ref) {
      const stored = await this.#store.findStimulus(id);
      if (!stored) return null;
      ref = { spec: stored.stimulus as StimulusSpec, frame: stored.frame };
    }
    const svg = this.#faces.renderStimulus(ref.spec, ref.frame);
    this.#cache.set(id, svg);
    if (this.#cache.size > CACHE_SIZE) this.#cache.delete(this.#cache.keys().next().value!);
    return svg;
  }
}
