/**
 * Facial Action Coding System (FACS) Action Units used by the face renderer, with separate left and
 * right intensities, and the small algebra (symmetric/one-sided values, scale, blend, add) that
 * expressions, masked expressions and dynamic onset–apex–offset easing are built from.
 *
 * Sides are the subject's own: `left` is the face's left, which a viewer sees on the right.
 */

/** The Action Units the renderer implements (docs/faces.md, "Action Units"). */
export const ACTION_UNITS = [1, 2, 4, 5, 6, 7, 9, 10, 12, 14, 15, 16, 17, 20, 23, 24, 25, 26] as const;

/** One implemented Action Unit number. */
export type ActionUnit = (typeof ACTION_UNITS)[number];

/** A face side, from the subject's point of view (`left` appears on the viewer's right). */
export type Side = 'left' | 'right';

/** Intensity of one Action Unit on each side, 0 (absent) to 1 (maximum, FACS "E"). */
export interface AuSides {
  /** Intensity on the subject's left side, 0..1. */
  left: number;
  /** Intensity on the subject's right side, 0..1. */
  right: number;
}

/** Per-AU intensities; a missing AU is 0 on both sides. */
export type AuValues = Partial<Record<ActionUnit, AuSides>>;

/** FACS names of the implemented Action Units (documentation only, never rendered). */
export const AU_NAMES: Readonly<Record<ActionUnit, string>> = {
  1: 'inner brow raiser',
  2: 'outer brow raiser',
  4: 'brow lowerer',
  5: 'upper lid raiser',
  6: 'cheek raiser',
  7: 'lid tightener',
  9: 'nose wrinkler',
  10: 'upper lip raiser',
  12: 'lip corner puller',
  14: 'dimpler',
  15: 'lip corner depressor',
  16: 'lower lip depressor',
  17: 'chin raiser',
  20: 'lip stretcher',
  23: 'lip tightener',
  24: 'lip pressor',
  25: 'lips part',
  26: 'jaw drop',
};

/** FACS intensity letters A–E as 0..1 values. */
export const INTENSITY_LETTERS: Readonly<Record<'A' | 'B' | 'C' | 'D' | 'E', number>> = {
  A: 0.2,
  B: 0.4,
  C: 0.6,
  D: 0.8,
  E: 1.0,
};

/** True when `n` is one of the implemented Action Units. */
export function isActionUnit(n: unknown): n is ActionUnit {
  return typeof n === 'number' && (ACTION_UNITS as readonly number[]).includes(n);
}

function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

/** Intensity of `unit` on `side` in `values` (0 when absent). */
export function auAt(values: AuValues, unit: ActionUnit, side: Side): number {
  return values[unit]?.[side] ?? 0;
}

/** Mean of the left and right intensity of `unit` (for midline features such as the chin). */
export function auMean(values: AuValues, unit: ActionUnit): number {
  const v = values[unit];
  return v ? (v.left + v.right) / 2 : 0;
}

/** Builds symmetric values: the same intensity on both sides, e.g. `symmetric({ 6: 0.8, 12: 1 })`. */
export function symmetric(intensities: Partial<Record<ActionUnit, number>>): AuValues {
  const out: AuValues = {};
  for (const unit of ACTION_UNITS) {
    const v = intensities[unit];
    if (v !== undefined && v > 0) out[unit] = { left: clamp01(v), right: clamp01(v) };
  }
  return out;
}

/** Builds one-sided values: `oneSided('right', { 12: 0.4, 14: 0.4 })` is contempt's R12A+R14A shape. */
export function oneSided(side: Side, intensities: Partial<Record<ActionUnit, number>>): AuValues {
  const out: AuValues = {};
  for (const unit of ACTION_UNITS) {
    const v = intensities[unit];
    if (v !== undefined && v > 0) {
      out[unit] = side === 'left' ? { left: clamp01(v), right: 0 } : { left: 0, right: clamp01(v) };
    }
  }
  return out;
}

/** Multiplies every intensity by `k` (clamped to 0..1). */
export function scaleAu(values: AuValues, k: number): AuValues {
  const out: AuValues = {};
  for (const unit of ACTION_UNITS) {
    const v = values[unit];
    if (v) out[unit] = { left: clamp01(v.left * k), right: clamp01(v.right * k) };
  }
  return out;
}

/** Linear interpolation `a + (b - a) * t` per AU and side (t clamped to 0..1): onset/offset easing. */
export function blendAu(a: AuValues, b: AuValues, t: number): AuValues {
  const w = clamp01(t);
  const out: AuValues = {};
  for (const unit of ACTION_UNITS) {
    const va = a[unit];
    const vb = b[unit];
    if (!va && !vb) continue;
    const l = (va?.left ?? 0) * (1 - w) + (vb?.left ?? 0) * w;
    const r = (va?.right ?? 0) * (1 - w) + (vb?.right ?? 0) * w;
    if (l > 0 || r > 0) out[unit] = { left: clamp01(l), right: clamp01(r) };
  }
  return out;
}

/** Sum of two sets of values per AU and side, clamped to 1 (superimposes one expression on another). */
export function addAu(a: AuValues, b: AuValues): AuValues {
  const out: AuValues = {};
  for (const unit of ACTION_UNITS) {
    const va = a[unit];
    const vb = b[unit];
    if (!va && !vb) continue;
    out[unit] = {
      left: clamp01((va?.left ?? 0) + (vb?.left ?? 0)),
      right: clamp01((va?.right ?? 0) + (vb?.right ?? 0)),
    };
  }
  return out;
}

/** Per-AU, per-side maximum of two sets of values. */
export function maxAu(a: AuValues, b: AuValues): AuValues {
  const out: AuValues = {};
  for (const unit of ACTION_UNITS) {
    const va = a[unit];
    const vb = b[unit];
    if (!va && !vb) continue;
    out[unit] = {
      left: Math.max(va?.left ?? 0, vb?.left ?? 0),
      right: Math.max(va?.right ?? 0, vb?.right ?? 0),
    };
  }
  return out;
}

/** Adds a small, fixed left/right difference (|delta| ≤ 0.1) so symmetric expressions look alive. */
export function withAsymmetry(values: AuValues, delta: number): AuValues {
  const out: AuValues = {};
  for (const unit of ACTION_UNITS) {
    const v = values[unit];
    if (!v) continue;
    const d = Math.max(-0.1, Math.min(0.1, delta));
    out[unit] = { left: clamp01(v.left * (1 + d)), right: clamp01(v.right * (1 - d)) };
  }
  return out;
}
