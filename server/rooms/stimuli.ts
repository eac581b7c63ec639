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

/** A planned game: the engine's plan and the rows the store keeps. */
export interface PlannedGame {
  plan: PlannedRound[];
  rounds: RoundRecord[];
}

/** Plans rounds and renders their images. */
export class StimulusCatalog {
  readonly #faces: FaceLibrary;
  readonly #random: RandomSource;
  readonly #store: Store;
  /** id → what it renders; filled at planning and on demand from the store. */
  readonly #refs = new Map<string, { spec: StimulusSpec; frame: 'neutral' | 'apex' }>();
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

  /** Plans every round of a game (call `deckAllows` first). */
  plan(code: string, settings: GameSettings): PlannedGame {
    const seed = this.#random.int(2 ** 31);
    const specs = this.#faces.planStimuli(settings.deckId, settings.emotions, settings.rounds, seed);
    const plan: PlannedRound[] = [];
    const rounds: RoundRecord[] = [];
    specs.forEach((spec, index) => {
      const maskId = this.#random.id(STIMULUS_ID_BYTES);
      const apexId = this.#random.id(STIMULUS_ID_BYTES);
      this.#refs.set(maskId, { spec, frame: 'neutral' });
      this.#refs.set(apexId, { spec, frame: 'apex' });
      plan.push({
        maskId,
        apexId,
        emotion: spec.emotion,
        identityId: spec.identityId,
        exposureMs: settings.exposureMs,
        // SPEC V-8: a course splits the rounds into pre-test, training and post-test.
        ...(settings.course ? { block: courseBlock(index, settings.rounds) } : {}),
      });
      rounds.push({
        gameCode: code,
        index,
        identityId: spec.identityId,
        emotion: spec.emotion,
        exposureMs: settings.exposureMs,
        maskId,
        apexId,
        stimulus: spec,
        preparedAt: null,
        showAt: null,
        deadline: null,
        skipped: false,
      });
    });
    return { plan, rounds };
  }

  /** Forgets the ids of a game that was never stored. */
  forget(plan: readonly PlannedRound[]): void {
    for (const r of plan) {
      this.#refs.delete(r.maskId);
      this.#refs.delete(r.apexId);
    }
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
