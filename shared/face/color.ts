/**
 * Small colour helpers in OKLab/OKLCH (Björn Ottosson's perceptual space), used to derive shade,
 * highlight, crease, lid-line and lip colours from a skin tone with similar contrast on every tone.
 */

/** A colour in OKLCH: lightness 0..1, chroma ≥ 0, hue in degrees. */
export interface Oklch {
  /** Perceptual lightness 0..1. */
  l: number;
  /** Chroma (0 = grey; skin is about 0.03–0.1). */
  c: number;
  /** Hue angle in degrees. */
  h: number;
}

function srgbToLinear(v: number): number {
  return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
}
function linearToSrgb(v: number): number {
  return v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
}

function oklabToLinear(L: number, a: number, b: number): [number, number, number] {
  const l_ = L + 0.3963377774 * a + 0.2158037573 * b;
  const m_ = L - 0.1055613458 * a - 0.0638541728 * b;
  const s_ = L - 0.0894841775 * a - 1.291485548 * b;
  const l = l_ * l_ * l_;
  const m = m_ * m_ * m_;
  const s = s_ * s_ * s_;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

/** Parses `#rrggbb` into OKLCH. */
export function hexToOklch(hex: string): Oklch {
  const n = parseInt(hex.slice(1), 16);
  const r = srgbToLinear(((n >> 16) & 255) / 255);
  const g = srgbToLinear(((n >> 8) & 255) / 255);
  const b = srgbToLinear((n & 255) / 255);
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  const h = (Math.atan2(B, A) * 180) / Math.PI;
  return { l: L, c: Math.hypot(A, B), h: h < 0 ? h + 360 : h };
}

function inGamut(rgb: [number, number, number]): boolean {
  return rgb.every((v) => v >= -0.0005 && v <= 1.0005);
}

/** Converts OKLCH to `#rrggbb`, reducing chroma (keeping lightness and hue) to fit the sRGB gamut. */
export function oklchToHex(col: Oklch): string {
  const L = Math.max(0, Math.min(1, col.l));
  const hr = (col.h * Math.PI) / 180;
  let c = Math.max(0, col.c);
  let rgb = oklabToLinear(L, c * Math.cos(hr), c * Math.sin(hr));
  if (!inGamut(rgb)) {
    let lo = 0;
    let hi = c;
    for (let i = 0; i < 20; i++) {
      const mid = (lo + hi) / 2;
      rgb = oklabToLinear(L, mid * Math.cos(hr), mid * Math.sin(hr));
      if (inGamut(rgb)) lo = mid;
      else hi = mid;
    }
    c = lo;
    rgb = oklabToLinear(L, c * Math.cos(hr), c * Math.sin(hr));
  }
  const to = (v: number): string => {
    const x = Math.round(Math.max(0, Math.min(1, linearToSrgb(Math.max(0, v)))) * 255);
    return x.toString(16).padStart(2, '0');
  };
  return `#${to(rgb[0])}${to(rgb[1])}${to(rgb[2])}`;
}

/** Shorthand: OKLCH components to `#rrggbb`. */
export function oklch(l: number, c: number, h: number): string {
  return oklchToHex({ l, c, h });
}

/** Returns `hex` with lightness shifted by `dl`, chroma multiplied by `kc` and hue shifted by `dh`. */
export function adjust(hex: string, dl: number, kc = 1, dh = 0): string {
  const o = hexToOklch(hex);
  return oklchToHex({ l: o.l + dl, c: o.c * kc, h: o.h + dh });
}
