/**
 * The curated identity roster: 24 synthetic people, fixed (never random at run time), varied in face
 * shape, features, skin tone (10 perceptually spaced tones), age, gender presentation, hair, facial
 * hair, glasses and head coverings. Hair never covers the brows.
 */
import { ROSTER_01_12 } from './roster-01-12';
import { ROSTER_13_24 } from './roster-13-24';
import type { Identity } from './types';

export type { FacialHair, Glasses, HairStyle, Headwear, Identity } from './types';

/**
 * Ten skin tones from very light to very dark as OKLCH (lightness spaced ≈0.066 apart), chosen to
 * resemble common human skin (hue 40–70°, moderate chroma). Index with `Identity.skin`.
 */
export const SKIN_TONES: ReadonlyArray<{ l: number; c: number; h: number }> = [
  { l: 0.9, c: 0.038, h: 62 },
  { l: 0.84, c: 0.05, h: 58 },
  { l: 0.78, c: 0.062, h: 60 },
  { l: 0.72, c: 0.072, h: 62 },
  { l: 0.66, c: 0.08, h: 58 },
  { l: 0.6, c: 0.082, h: 55 },
  { l: 0.53, c: 0.078, h: 52 },
  { l: 0.47, c: 0.07, h: 48 },
  { l: 0.41, c: 0.06, h: 44 },
  { l: 0.35, c: 0.048, h: 40 },
];

const roster = [...ROSTER_01_12, ...ROSTER_13_24];

/** The roster, `id01`..`id24`, in a fixed order. */
export const IDENTITIES: readonly Identity[] = roster.map((b, i) => ({
  ...b,
  id: `id${String(i + 1).padStart(2, '0')}`,
  browAsym: ((i * 7) % 5) * 0.006 - 0.012,
}));

/** Looks an identity up by id; throws on an unknown id. */
export function getIdentity(id: string): Identity {
  const found = IDENTITIES.find((x) => x.id === id);
  if (!found) throw new Error(`unknown identity ${id}`);
  return found;
}
