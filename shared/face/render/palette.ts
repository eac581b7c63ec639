/**
 * Colours of one identity, derived from its skin tone and hair colour in OKLCH (through `color.ts`),
 * so shades, fold lines and lid lines keep a similar contrast on every skin tone (docs/faces.md,
 * "Colour").
 */
import { adjust, hexToOklch, oklch } from '../color';
import type { Identity } from '../identities';
import { SKIN_TONES } from '../identities';
import { smooth } from './svg';

/** Colours derived from the skin tone in OKLCH so contrast of lines is similar on every tone. */
export interface Palette {
  /** Base skin. */
  skin: string;
  /** Lighter skin for highlights. */
  light: string;
  /** Shade for soft shadows. */
  shade: string;
  /** Deeper shade for face edges. */
  deep: string;
  /** Crease and fold line colour. */
  line: string;
  /** Highlight edge drawn beside folds. */
  edge: string;
  /** Upper lid / lash line colour. */
  lid: string;
  /** Lip colours. */
  lip: string;
  /** Darker upper lip. */
  lipDark: string;
  /** Line between the lips. */
  lipLine: string;
  /** Brow colour. */
  brow: string;
  /** Hair colour and its lighter/darker shades. */
  hair: string;
  /** Lighter hair for sheen. */
  hairLight: string;
  /** Darker hair for depth. */
  hairDark: string;
  /** Strength multiplier for wrinkle opacity (higher on dark skin where lines have less contrast). */
  lineBoost: number;
}

/** Minimum OKLCH lightness difference between skin and brow (where the darkest brow allows it). */
const BROW_MIN_CONTRAST = 0.36;

/** The identity's skin tone (its index clamped into `SKIN_TONES`). */
export function skinTone(identity: Identity): (typeof SKIN_TONES)[number] {
  return SKIN_TONES[Math.max(0, Math.min(SKIN_TONES.length - 1, identity.skin))]!;
}

/** How dark the skin is, 0 (light) … 1 (dark): lines, highlights and blush are tuned by it. */
export function skinDarkness(identity: Identity): number {
  return smooth(0.75, 0.35, skinTone(identity).l);
}

/** Computes the palette of an identity. */
export function palette(identity: Identity): Palette {
  const t = skinTone(identity);
  const L = t.l;
  const dark = skinDarkness(identity);
  const hair = identity.hairColor;
  const hairL = hexToOklch(hair).l;
  // Brows carry AU1/2/4, so they keep a minimum OKLCH lightness contrast against the skin whatever
  // the hair colour (pale, white or red hair still gives a brow with a visible shape).
  const browL = Math.max(0.1, Math.min(hairL, L - BROW_MIN_CONTRAST, 0.5));
  const fem = identity.presentation === 'feminine' ? 1 : identity.presentation === 'androgynous' ? 0.5 : 0;
  return {
    skin: oklch(L, t.c, t.h),
    light: oklch(Math.min(0.96, L + 0.055 + 0.03 * dark), t.c * 0.85, t.h + 4),
    shade: oklch(L - 0.085 - 0.01 * dark, t.c * 1.12, t.h - 8),
    deep: oklch(L - 0.16, t.c * 1.15, t.h - 10),
    line: oklch(L * 0.5, t.c * 1.1, t.h - 12),
    edge: oklch(Math.min(0.97, L + 0.09 + 0.05 * dark), t.c * 0.8, t.h + 5),
    lid: oklch(Math.min(0.2, L * 0.36), 0.025, t.h - 20),
    lip: oklch(L - 0.07 - 0.02 * fem + 0.01 * dark, t.c + 0.045 + 0.02 * fem - 0.02 * dark, 24 - 8 * dark),
    lipDark: oklch(L - 0.14 - 0.02 * fem, t.c + 0.04 + 0.02 * fem - 0.02 * dark, 22 - 8 * dark),
    lipLine: oklch(L * 0.36, t.c * 1.1, 20),
    brow: adjust(hair, browL - hairL, hairL > 0.6 ? 0.5 : 1),
    hair,
    hairLight: adjust(hair, 0.1),
    hairDark: adjust(hair, -0.08),
    lineBoost: 1 + 0.45 * dark,
  };
}
