/**
 * Expression prototypes as data: neutral and the seven emotions as FACS Action Unit combinations
 * (docs/faces.md, "Expression prototypes"), with the common variants and named intensity levels.
 * Values are apex intensities per AU; a prototype scaled by an intensity level gives the stimulus.
 */
import type { Emotion } from '../emotions';
import { EMOTIONS } from '../emotions';
import type { ActionUnit, AuValues, Side } from './action-units';
import { addAu, blendAu, scaleAu } from './action-units';

/** One AU entry of a prototype: a symmetric intensity, or explicit per-side intensities. */
export type AuSpec = number | { left: number; right: number };

/** A prototype: the AUs of one expression variant at full intensity. */
export interface ExpressionVariant {
  /** Short variant id, e.g. `"au9"`-free names such as `"nose"` or `"upper-lip"`. */
  id: string;
  /** Human description of the variant (documentation only, never rendered). */
  description: string;
  /** AU intensities at full expression. */
  aus: Partial<Record<ActionUnit, AuSpec>>;
}

/** Prototype data for one emotion: the default variant first. */
export interface ExpressionPrototype {
  /** The emotion. */
  emotion: Emotion;
  /** FACS prototype in the usual notation (e.g. `6 + 12`), for documentation. */
  facs: string;
  /** Variants; `variants[0]` is the default. */
  variants: readonly ExpressionVariant[];
}

/** Named intensity levels applied to a prototype (multiplies every AU). */
export const INTENSITY_LEVELS = { subtle: 0.35, moderate: 0.65, full: 1.0 } as const;

/** A named intensity level. */
export type IntensityLevel = keyof typeof INTENSITY_LEVELS;

/** The seven prototypes, in the fixed emotion order. Tuned so each keeps its distinguishing cue at low intensity. */
export const EXPRESSIONS: Readonly<Record<Emotion, ExpressionPrototype>> = {
  happiness: {
    emotion: 'happiness',
    facs: '6 + 12',
    variants: [
      {
        id: 'open',
        description:
          'Duchenne smile with parted lips: cheeks raised, crow’s feet, lip corners up and out, upper teeth',
        aus: { 6: 0.85, 12: 1.0, 25: 0.55 },
      },
      { id: 'closed', description: 'Duchenne smile with closed lips', aus: { 6: 0.85, 12: 0.95 } },
    ],
  },
  sadness: {
    emotion: 'sadness',
    facs: '1 + 4 + 15 (often 17)',
    variants: [
      {
        id: 'chin',
        description: 'oblique brows, lip corners down, chin pushed up',
        aus: { 1: 1.0, 4: 0.45, 15: 1.0, 17: 0.6 },
      },
      { id: 'plain', description: 'oblique brows and lip corners down', aus: { 1: 1.0, 4: 0.45, 15: 1.0 } },
    ],
  },
  fear: {
    emotion: 'fear',
    facs: '1 + 2 + 4 + 5 + 7 + 20 + 26',
    variants: [
      {
        id: 'open',
        description:
          'raised, drawn-together brows; staring eyes with tense lower lids; lips stretched sideways, jaw dropped',
        aus: { 1: 1.0, 2: 0.5, 4: 0.55, 5: 1.0, 7: 0.85, 20: 1.0, 25: 0.75, 26: 0.3 },
      },
      {
        id: 'closed-jaw',
        description: 'as open, without the jaw drop',
        aus: { 1: 1.0, 2: 0.5, 4: 0.55, 5: 1.0, 7: 0.8, 20: 1.0, 25: 0.6 },
      },
    ],
  },
  anger: {
    emotion: 'anger',
    facs: '4 + 5 + 7 + 23 (or 24)',
    variants: [
      {
        id: 'press',
        description: 'brows down and together, glaring eyes, lips pressed',
        aus: { 4: 1.0, 5: 0.9, 7: 0.9, 24: 1.0, 17: 0.35 },
      },
      {
        id: 'tight',
        description: 'brows down and together, glaring eyes, lips tightened',
        aus: { 4: 1.0, 5: 0.9, 7: 0.9, 23: 1.0 },
      },
    ],
  },
  surprise: {
    emotion: 'surprise',
    facs: '1 + 2 + 5B + 26',
    variants: [
      {
        id: 'open',
        description: 'whole brow raised and arched, white above the iris, jaw dropped with relaxed lips',
        aus: { 1: 1.0, 2: 1.0, 5: 0.55, 25: 0.5, 26: 1.0 },
      },
    ],
  },
  contempt: {
    emotion: 'contempt',
    facs: 'R12A + R14A',
    variants: [
      {
        id: 'right',
        description: 'right lip corner tightened and slightly raised with a dimple',
        aus: { 12: { left: 0, right: 0.8 }, 14: { left: 0, right: 0.9 } },
      },
      {
        id: 'left',
        description: 'left lip corner tightened and slightly raised with a dimple',
        aus: { 12: { left: 0.8, right: 0 }, 14: { left: 0.9, right: 0 } },
      },
    ],
  },
  disgust: {
    emotion: 'disgust',
    facs: '9 + 15 + 16 (or 9/10 + 17)',
    variants: [
      {
        id: 'nose',
        description: 'nose wrinkled, upper lip raised, lip corners and lower lip pulled down',
        aus: { 9: 1.0, 10: 0.55, 6: 0.45, 15: 0.7, 16: 0.35, 17: 0.2, 7: 0.2 },
      },
      {
        id: 'upper-lip',
        description: 'upper lip raised, nose wrinkled, chin pushed up',
        aus: { 9: 0.85, 10: 1.0, 6: 0.4, 17: 0.6, 7: 0.2 },
      },
    ],
  },
};

/** Default variant id of each emotion. */
export function defaultVariant(emotion: Emotion): string {
  return EXPRESSIONS[emotion].variants[0]!.id;
}

/** Variant ids of an emotion, default first. */
export function variantsOf(emotion: Emotion): string[] {
  return EXPRESSIONS[emotion].variants.map((v) => v.id);
}

function specToValues(aus: Partial<Record<ActionUnit, AuSpec>>): AuValues {
  const out: AuValues = {};
  for (const [k, spec] of Object.entries(aus)) {
    const unit = Number(k) as ActionUnit;
    if (spec === undefined) continue;
    out[unit] =
      typeof spec === 'number' ? { left: spec, right: spec } : { left: spec.left, right: spec.right };
  }
  return out;
}

/** The neutral expression: every AU at 0. */
export const NEUTRAL: AuValues = {};

/**
 * AU values of `emotion` at `intensity` (0..1, or a named level), for `variant` (default variant when
 * omitted or unknown). Intensity multiplies every AU of the prototype.
 */
export function expressionAu(
  emotion: Emotion,
  intensity: number | IntensityLevel = 1,
  variant?: string,
): AuValues {
  const proto = EXPRESSIONS[emotion];
  const v = proto.variants.find((x) => x.id === variant) ?? proto.variants[0]!;
  const k = typeof intensity === 'number' ? intensity : INTENSITY_LEVELS[intensity];
  return scaleAu(specToValues(v.aus), k);
}

/** How strongly a sustained base expression is held while another is flashed over it (masked decks). */
export const MASK_BASE_LEVEL = 0.7;
/** How much of the base survives under the flash at its apex. */
export const MASK_BASE_UNDER_FLASH = 0.35;

/**
 * Masked expression at its apex: the base expression damped to `MASK_BASE_UNDER_FLASH` of its sustained
 * level with the flash expression added on top (e.g. sadness leaking through a smile).
 */
export function maskedAu(
  base: Emotion,
  flash: Emotion,
  intensity = 1,
  flashVariant?: string,
  baseVariant?: string,
): AuValues {
  const b = expressionAu(base, MASK_BASE_LEVEL * MASK_BASE_UNDER_FLASH, baseVariant);
  return addAu(b, expressionAu(flash, intensity, flashVariant));
}

/** The sustained base frame of a masked expression. */
export function maskBaseAu(base: Emotion, baseVariant?: string): AuValues {
  return expressionAu(base, MASK_BASE_LEVEL, baseVariant);
}

/** Smooth onset–apex–offset envelope for t in 0..1: rises over [0, 0.3], holds to 0.7, falls to 1. */
export function envelope(t: number): number {
  const x = Math.max(0, Math.min(1, t));
  const ease = (u: number): number => u * u * (3 - 2 * u);
  if (x < 0.3) return ease(x / 0.3);
  if (x <= 0.7) return 1;
  return ease((1 - x) / 0.3);
}

/** AU values at time t (0..1) of a dynamic expression moving from `from` to `apex` and back. */
export function dynamicAu(from: AuValues, apex: AuValues, t: number): AuValues {
  return blendAu(from, apex, envelope(t));
}

/** All emotions with their default variant, in fixed order (convenience for sheets and tests). */
export const DEFAULT_VARIANTS: ReadonlyArray<{ emotion: Emotion; variant: string }> = EMOTIONS.map((e) => ({
  emotion: e,
  variant: EXPRESSIONS[e].variants[0]!.id,
}));

/** Helper for contempt-style data: AUs on one side only. */
export function sided(side: Side, v: number): AuSpec {
  return side === 'left' ? { left: v, right: 0 } : { left: 0, right: v };
}
