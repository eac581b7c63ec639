/**
 * Decks the server offers, and the pure planning of stimuli from a seed: balanced across the chosen
 * emotions, varied identities, deterministic. Also renders the frames of one stimulus (the
 * surrounding neutral/base frame, the apex) and dynamic onset–apex–offset frames.
 */
import type { Emotion } from '../emotions';
import { EMOTIONS } from '../emotions';
import type { AuValues } from './action-units';
import { dynamicAu, expressionAu, maskBaseAu, maskedAu, variantsOf } from './expressions';
import { IDENTITIES, getIdentity } from './identities';
import type { RenderOptions } from './render';
import { renderFace } from './render';
import { mulberry32 } from '../random';

/** Deck ids. */
export type DeckId = 'all' | 'fear-surprise' | 'anger-disgust' | 'contempt-happiness' | 'subtle' | 'masked';

/** A deck: which emotions it covers and how its stimuli are drawn. */
export interface Deck {
  /** Stable deck id. */
  id: DeckId;
  /** Short title for the host's deck picker. */
  title: string;
  /** One-sentence description for the host. */
  description: string;
  /** Emotions the deck covers (the answer buttons to show). */
  emotions: readonly Emotion[];
  /** Intensities stimuli are drawn from (cycled). */
  intensities: readonly number[];
  /** True when the flash appears inside a different sustained base expression. */
  masked: boolean;
}

/** The decks, in display order. */
export const DECKS: readonly Deck[] = [
  {
    id: 'all',
    title: 'All seven',
    description: 'All seven emotions at moderate to full intensity.',
    emotions: EMOTIONS,
    intensities: [1.0, 0.8, 0.65],
    masked: false,
  },
  {
    id: 'fear-surprise',
    title: 'Fear or surprise?',
    description:
      'The most confused pair: look for drawn-together brows, tense lower lids and lips stretched sideways (fear).',
    emotions: ['fear', 'surprise'],
    intensities: [1.0, 0.75, 0.55],
    masked: false,
  },
  {
    id: 'anger-disgust',
    title: 'Anger or disgust?',
    description:
      'Look for the wrinkled nose and raised upper lip (disgust) against the glare and pressed lips (anger).',
    emotions: ['anger', 'disgust'],
    intensities: [1.0, 0.75, 0.55],
    masked: false,
  },
  {
    id: 'contempt-happiness',
    title: 'Contempt or happiness?',
    description:
      'One lip corner tightened and raised (contempt) against a symmetric smile with raised cheeks (happiness).',
    emotions: ['contempt', 'happiness'],
    intensities: [1.0, 0.75, 0.55],
    masked: false,
  },
  {
    id: 'subtle',
    title: 'Subtle',
    description: 'All seven emotions at low intensity: each keeps only its distinguishing cue.',
    emotions: EMOTIONS,
    intensities: [0.35, 0.45, 0.55],
    masked: false,
  },
  {
    id: 'masked',
    title: 'Masked',
    description:
      'A brief expression leaks through a different sustained one (for example sadness inside a smile).',
    emotions: EMOTIONS,
    intensities: [1.0, 0.8],
    masked: true,
  },
];

/** Looks a deck up by id; throws on an unknown id. */
export function getDeck(id: string): Deck {
  const d = DECKS.find((x) => x.id === id);
  if (!d) throw new Error(`unknown deck ${id}`);
  return d;
}

/** One planned stimulus: everything needed to render its frames, and nothing secret beyond `emotion`. */
export interface StimulusSpec {
  /** Identity id (`id01`..`id24`). */
  identityId: string;
  /** The flashed emotion (the correct answer). */
  emotion: Emotion;
  /** Intensity 0..1 the prototype is scaled by. */
  intensity: number;
  /** Prototype variant id (default variant when absent). */
  variant?: string;
  /** Masked decks: the sustained base expression the flash appears inside; otherwise null/absent. */
  baseEmotion?: Emotion | null;
}

export { mulberry32 };

function shuffle<T>(xs: T[], rnd: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** Base expressions used by the masked deck, in preference order for each flashed emotion. */
export const MASK_BASES: Readonly<Record<Emotion, readonly Emotion[]>> = {
  happiness: ['sadness', 'anger'],
  sadness: ['happiness'],
  fear: ['happiness'],
  anger: ['happiness'],
  surprise: ['sadness', 'happiness'],
  contempt: ['happiness', 'sadness'],
  disgust: ['happiness'],
};

/**
 * Plans `count` stimuli for a deck. `emotions` narrows the deck's emotions (empty or none in common =
 * all of the deck's). Balanced: every emotion appears ⌊count/k⌋ or ⌈count/k⌉ times; identities are
 * drawn from a shuffled cycle through the whole roster (no identity twice in a row); variants and
 * intensities cycle per emotion. Deterministic for a given seed.
 */
export function planStimuli(
  deckId: string,
  emotions: readonly Emotion[],
  count: number,
  seed: number,
): StimulusSpec[] {
  const deck = getDeck(deckId);
  let chosen = deck.emotions.filter((e) => emotions.includes(e));
  if (chosen.length === 0) chosen = [...deck.emotions];
  const rnd = mulberry32(seed ^ 0x5bd1e995);
  const n = Math.max(0, Math.floor(count));
  // balanced emotion sequence: whole rounds, then a random subset for the remainder
  const seq: Emotion[] = [];
  while (seq.length + chosen.length <= n) seq.push(...chosen);
  seq.push(...shuffle(chosen, rnd).slice(0, n - seq.length));
  const order = shuffle(seq, rnd);
  // identities: shuffled cycles through the roster, never the same twice in a row
  const ids: string[] = [];
  let pool: string[] = [];
  while (ids.length < n) {
    if (pool.length === 0)
      pool = shuffle(
        IDENTITIES.map((x) => x.id),
        rnd,
      );
    let k = 0;
    if (ids.length > 0 && pool[0] === ids[ids.length - 1] && pool.length > 1) k = 1;
    ids.push(pool.splice(k, 1)[0]!);
  }
  const seen = new Map<Emotion, number>();
  const offset = Math.floor(rnd() * 1000);
  return order.map((emotion, i) => {
    const k = seen.get(emotion) ?? 0;
    seen.set(emotion, k + 1);
    const variants = variantsOf(emotion);
    const spec: StimulusSpec = {
      identityId: ids[i]!,
      emotion,
      intensity: deck.intensities[(k + offset) % deck.intensities.length]!,
      variant: variants[(k + offset) % variants.length]!,
      baseEmotion: null,
    };
    if (deck.masked) {
      const bases = MASK_BASES[emotion];
      spec.baseEmotion = bases[(k + offset) % bases.length]!;
    }
    return spec;
  });
}

/** AU values of the frame around the flash: the sustained base expression (masked) or neutral. */
export function baseAu(spec: StimulusSpec): AuValues {
  return spec.baseEmotion ? maskBaseAu(spec.baseEmotion) : {};
}

/** AU values of the apex frame. */
export function apexAu(spec: StimulusSpec): AuValues {
  return spec.baseEmotion
    ? maskedAu(spec.baseEmotion, spec.emotion, spec.intensity, spec.variant)
    : expressionAu(spec.emotion, spec.intensity, spec.variant);
}

/**
 * SVG of one frame of a stimulus. `'neutral'` and `'base'` both give the frame shown before and after
 * the flash (the identity's neutral face, or for masked decks the sustained base expression);
 * `'apex'` gives the flashed expression at its apex.
 */
export function renderStimulus(
  spec: StimulusSpec,
  frame: 'neutral' | 'base' | 'apex',
  options?: RenderOptions,
): string {
  const identity = getIdentity(spec.identityId);
  return renderFace(identity, frame === 'apex' ? apexAu(spec) : baseAu(spec), options);
}

/** SVG of a dynamic stimulus at time t in 0..1 (onset 0–0.3, apex 0.3–0.7, offset 0.7–1), for slow replays. */
export function renderDynamic(spec: StimulusSpec, t: number, options?: RenderOptions): string {
  const identity = getIdentity(spec.identityId);
  return renderFace(identity, dynamicAu(baseAu(spec), apexAu(spec), t), options);
}
