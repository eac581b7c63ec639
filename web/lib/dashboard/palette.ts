/**
 * Colour-blind-safe colours. Series use the Okabe–Ito palette (Okabe & Ito 2008); the heatmap uses
 * viridis, which stays ordered in lightness for every common colour-vision deficiency and in greyscale.
 * Colour is never the only signal: every chart has its numbers written out beside it.
 */
import { EMOTIONS, type Emotion } from '$shared/emotions';

/** Okabe–Ito, without black (kept for text). */
export const OKABE_ITO = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
] as const;

/** One fixed colour per emotion. */
export function emotionColour(e: Emotion): string {
  return OKABE_ITO[EMOTIONS.indexOf(e) % OKABE_ITO.length] as string;
}

/** Viridis stops (matplotlib), 0 → dark purple, 1 → yellow. */
const VIRIDIS: readonly [number, number, number][] = [
  [68, 1, 84],
  [72, 40, 120],
  [62, 74, 137],
  [49, 104, 142],
  [38, 130, 142],
  [31, 158, 137],
  [53, 183, 121],
  [109, 205, 89],
  [180, 222, 44],
  [253, 231, 37],
];

/** Viridis colour at t in [0, 1], with the text colour that stays readable on it. */
export function viridis(t: number): { background: string; text: string } {
  const x = Math.min(1, Math.max(0, t)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  const a = VIRIDIS[i] as [number, number, number];
  const b = VIRIDIS[i + 1] as [number, number, number];
  const c = a.map((v, k) => Math.round(v + f * ((b[k] as number) - v)));
  // Whichever of near-black or white contrasts more with this cell (WCAG relative luminance), so every
  // count stays readable (axe: colour contrast) whatever the share.
  const luminance = relativeLuminance(c);
  const onDark = 1.05 / (luminance + 0.05);
  const onLight = (luminance + 0.05) / (0.0056 + 0.05);
  return { background: `rgb(${c.join(' ')})`, text: onLight >= onDark ? '#111' : '#fff' };
}

/** WCAG 2 relative luminance of an sRGB colour given as 0–255 channels. */
function relativeLuminance(rgb: readonly number[]): number {
  const [r = 0, g = 0, b = 0] = rgb.map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
