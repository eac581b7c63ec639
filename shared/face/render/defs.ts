/**
 * The shared `<defs>`: gradients, filters and clip paths, addressed by NAME in the painters and
 * printed as neutral numbered ids (`g1`, `g2`, …, or the caller's `idPrefix`). The numbers are fixed
 * so every frame of every expression emits the same id set, and no id says what it shades
 * (docs/faces.md, "No label in the output"). A retired number is left unused rather than
 * renumbering the rest, so a change here only moves the markup it means to.
 */
import { adjust } from '../color';
import type { Identity } from '../identities';
import type { Palette } from './palette';
import { f, op, px, X, Y } from './svg';

/** Every def the renderer emits, by name → the number printed in its id. */
export const DEF = {
  /** Background wash. */
  backdrop: 1,
  /** Face fill: light upper left to deep at the edges. */
  skin: 2,
  /** Soft round shadow (fades to transparent). */
  shadow: 3,
  /** Soft round highlight (fades to transparent). */
  highlight: 4,
  /** White of the eye. */
  sclera: 5,
  /** Iris, from the identity's iris colour. */
  iris: 6,
  /** Upper lip. */
  upperLip: 7,
  /** Lower lip. */
  lowerLip: 8,
  /** Teeth. */
  teeth: 9,
  /** Hair, light to dark from the top. */
  hair: 10,
  /** Neck, shaded under the jaw. */
  neck: 11,
  /** Inside of the open mouth. */
  cavity: 12,
  /** Cheek blush. */
  blush: 13,
  /** Glasses lens sheen. */
  lens: 14,
  /** Head covering or cap. */
  headwear: 15,
  /** Clothing. */
  clothing: 16,
  /** The slight blur that softens wrinkle and fold lines. */
  softLines: 18,
  /** Clip to the subject's left eye opening (written by the eye painter). */
  eyeLeft: 20,
  /** Clip to the subject's right eye opening (written by the eye painter). */
  eyeRight: 21,
  /** Clip to the inner lip contour (written by the mouth painter). */
  mouthOpening: 22,
  /** Clip to the face outline (written by the face painter). */
  faceOutline: 23,
} as const;

/** The name of one def. */
export type DefName = keyof typeof DEF;

/** The `<defs>` block: depends only on the identity (it sits in the first static layer). */
export function gradientDefs(id: Identity, p: Palette, dark: number, r: (name: DefName) => string): string {
  const fem = id.presentation === 'feminine' ? 1 : 0.4;
  return (
    `<defs>` +
    `<radialGradient id="${r('backdrop')}" cx="50%" cy="40%" r="75%"><stop offset="0" stop-color="#e9ecef"/><stop offset="1" stop-color="#b9c0c9"/></radialGradient>` +
    `<radialGradient id="${r('skin')}" gradientUnits="userSpaceOnUse" cx="${f(X(-0.22))}" cy="${f(Y(0.25))}" r="${px(2.45)}"><stop offset="0" stop-color="${p.light}"/><stop offset="0.45" stop-color="${p.skin}"/><stop offset="0.8" stop-color="${p.shade}"/><stop offset="1" stop-color="${p.deep}"/></radialGradient>` +
    `<radialGradient id="${r('shadow')}"><stop offset="0" stop-color="${p.deep}" stop-opacity="0.55"/><stop offset="1" stop-color="${p.deep}" stop-opacity="0"/></radialGradient>` +
    `<radialGradient id="${r('highlight')}"><stop offset="0" stop-color="${p.light}" stop-opacity="0.75"/><stop offset="1" stop-color="${p.light}" stop-opacity="0"/></radialGradient>` +
    `<radialGradient id="${r('sclera')}" cx="50%" cy="45%" r="60%"><stop offset="0.4" stop-color="#f6f3ee"/><stop offset="1" stop-color="#cfc6c0"/></radialGradient>` +
    `<radialGradient id="${r('iris')}"><stop offset="0" stop-color="${adjust(id.iris, 0.12, 1.1)}"/><stop offset="0.7" stop-color="${id.iris}"/><stop offset="1" stop-color="${adjust(id.iris, -0.15)}"/></radialGradient>` +
    `<linearGradient id="${r('upperLip')}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.lipDark}"/><stop offset="1" stop-color="${p.lip}"/></linearGradient>` +
    `<radialGradient id="${r('lowerLip')}" cx="50%" cy="30%" r="70%"><stop offset="0" stop-color="${adjust(p.lip, 0.05)}"/><stop offset="0.7" stop-color="${p.lip}"/><stop offset="1" stop-color="${p.lipDark}"/></radialGradient>` +
    `<linearGradient id="${r('teeth')}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#d9d2c6"/><stop offset="0.6" stop-color="#f4f0e8"/><stop offset="1" stop-color="#e8e1d6"/></linearGradient>` +
    `<linearGradient id="${r('hair')}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.hairLight}"/><stop offset="0.5" stop-color="${p.hair}"/><stop offset="1" stop-color="${p.hairDark}"/></linearGradient>` +
    `<linearGradient id="${r('neck')}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.deep}"/><stop offset="0.45" stop-color="${p.shade}"/><stop offset="1" stop-color="${p.skin}"/></linearGradient>` +
    `<radialGradient id="${r('cavity')}" cx="50%" cy="50%" r="60%"><stop offset="0" stop-color="#2a0d0f"/><stop offset="1" stop-color="#5a2226"/></radialGradient>` +
    `<radialGradient id="${r('blush')}"><stop offset="0" stop-color="#e0586a" stop-opacity="${op((0.08 + 0.06 * fem) * (1 - 0.7 * dark))}"/><stop offset="1" stop-color="#e0586a" stop-opacity="0"/></radialGradient>` +
    `<linearGradient id="${r('lens')}" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#ffffff" stop-opacity="0.35"/><stop offset="0.5" stop-color="#ffffff" stop-opacity="0.04"/><stop offset="1" stop-color="#ffffff" stop-opacity="0.12"/></linearGradient>` +
    `<linearGradient id="${r('headwear')}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${adjust(id.headwearColor, 0.07)}"/><stop offset="1" stop-color="${adjust(id.headwearColor, -0.08)}"/></linearGradient>` +
    `<linearGradient id="${r('clothing')}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${adjust(id.clothing, 0.05)}"/><stop offset="1" stop-color="${adjust(id.clothing, -0.1)}"/></linearGradient>` +
    `<filter id="${r('softLines')}" x="-5%" y="-5%" width="110%" height="110%"><feGaussianBlur stdDeviation="0.7"/></filter>` +
    `</defs>`
  );
}
