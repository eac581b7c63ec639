/**
 * The face renderer: identity + AU values → SVG string. Pure and deterministic.
 *
 * Layers back to front: background; hair behind, neck, ears (static); face shape, soft shading,
 * AU-driven wrinkles and folds, eyes, brows, nose, mouth, facial hair (AU-driven); hair in front,
 * glasses and head coverings (static). Static layers are byte-identical between the neutral and any
 * expression of one identity. No element, id, class or comment names an emotion or an Action Unit;
 * ids are short and neutral (`g1`, `g2`, …) and the same set is emitted for every expression.
 */
import type { AuValues, Side } from './action-units';
import { auAt, auMean } from './action-units';
import { adjust, oklch } from './color';
import type { FaceGeometry, Pt } from './geometry';
import { faceGeometry, mouthY, neutralGeometry } from './geometry';
import type { Identity } from './identities';
import { SKIN_TONES } from './identities';

/** Options of {@link renderFace}. */
export interface RenderOptions {
  /** Width and height attributes in px (the viewBox is always 0 0 512 512). Default 512. */
  size?: number;
  /** Prefix of gradient and clip ids, to inline several faces in one page. Default `"g"`. Must be neutral. */
  idPrefix?: string;
}

/** One layer of the output: `static` layers never depend on the AU values. */
export interface Layer {
  /** `static`: identical for every expression of the identity; `au`: driven by the AU values. */
  kind: 'static' | 'au';
  /** SVG markup of the layer. */
  svg: string;
}

/** The fixed viewBox size. */
export const VIEWBOX = 512;
/** Pixels per face unit (eye distance). */
const S = 88;
const OX = 256;
const OY = 222;

type V = [number, number];

function f(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}
const X = (x: number): number => OX + x * S;
const Y = (y: number): number => OY - y * S;
const v = (p: Pt): V => [X(p.x), Y(p.y)];
const pt = (x: number, y: number): V => [X(x), Y(y)];
const px = (u: number): string => f(u * S);

function segs(pts: V[], closed: boolean): string {
  const n = pts.length;
  let out = '';
  const last = closed ? n : n - 1;
  for (let i = 0; i < last; i++) {
    const p0 = pts[closed ? (i - 1 + n) % n : Math.max(0, i - 1)]!;
    const p1 = pts[i]!;
    const p2 = pts[closed ? (i + 1) % n : i + 1]!;
    const p3 = pts[closed ? (i + 2) % n : Math.min(n - 1, i + 2)]!;
    const c1: V = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: V = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    out += `C${f(c1[0])} ${f(c1[1])} ${f(c2[0])} ${f(c2[1])} ${f(p2[0])} ${f(p2[1])}`;
  }
  return out;
}
/** Smooth open curve through points (Catmull-Rom as cubic Béziers). */
function curve(pts: V[]): string {
  return `M${f(pts[0]![0])} ${f(pts[0]![1])}${segs(pts, false)}`;
}
/** Continues the current path smoothly through pts (pts[0] must be the current point). */
function cont(pts: V[]): string {
  return segs(pts, false);
}
/** Smooth closed curve. */
function closedCurve(pts: V[]): string {
  return `M${f(pts[0]![0])} ${f(pts[0]![1])}${segs(pts, true)}Z`;
}
function path(d: string, attrs: string): string {
  return `<path d="${d}" ${attrs}/>`;
}
function ellipse(c: V, rx: number, ry: number, attrs: string, rot = 0): string {
  const t = rot ? ` transform="rotate(${f(rot)} ${f(c[0])} ${f(c[1])})"` : '';
  return `<ellipse cx="${f(c[0])}" cy="${f(c[1])}" rx="${px(rx)}" ry="${px(ry)}"${t} ${attrs}/>`;
}
function op(o: number): string {
  return (Math.round(Math.max(0, Math.min(1, o)) * 100) / 100).toString();
}
function smooth(a: number, b: number, x: number): number {
  const t = Math.max(0, Math.min(1, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
}
/** Wrinkle visibility from an AU intensity: fades in from 0.08, full by 0.75. */
function wr(i: number): number {
  return smooth(0.08, 0.75, i);
}

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

/** Computes the palette of an identity. */
export function palette(identity: Identity): Palette {
  const t = SKIN_TONES[Math.max(0, Math.min(SKIN_TONES.length - 1, identity.skin))]!;
  const L = t.l;
  const dark = smooth(0.75, 0.35, L); // 0 light … 1 dark
  const hair = identity.hairColor;
  const hairL = hexL(hair);
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

function hexL(hex: string): number {
  // lightness only, through the shared OKLCH conversion
  return Number(adjustL(hex));
}
function adjustL(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  };
  const r = lin((n >> 16) & 255);
  const g = lin((n >> 8) & 255);
  const b = lin(n & 255);
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
}

interface Ctx {
  id: Identity;
  dark: number;
  pal: Palette;
  g: FaceGeometry;
  n: FaceGeometry;
  au: AuValues;
  ref: (k: number) => string;
  url: (k: number) => string;
}

// ---------------------------------------------------------------- static layers

function defs(c: Ctx): string {
  const p = c.pal;
  const r = c.ref;
  const fem = c.id.presentation === 'feminine' ? 1 : 0.4;
  return (
    `<defs>` +
    `<radialGradient id="${r(1)}" cx="50%" cy="40%" r="75%"><stop offset="0" stop-color="#e9ecef"/><stop offset="1" stop-color="#b9c0c9"/></radialGradient>` +
    `<radialGradient id="${r(2)}" gradientUnits="userSpaceOnUse" cx="${f(X(-0.22))}" cy="${f(Y(0.25))}" r="${px(2.45)}"><stop offset="0" stop-color="${p.light}"/><stop offset="0.45" stop-color="${p.skin}"/><stop offset="0.8" stop-color="${p.shade}"/><stop offset="1" stop-color="${p.deep}"/></radialGradient>` +
    `<radialGradient id="${r(3)}"><stop offset="0" stop-color="${p.deep}" stop-opacity="0.55"/><stop offset="1" stop-color="${p.deep}" stop-opacity="0"/></radialGradient>` +
    `<radialGradient id="${r(4)}"><stop offset="0" stop-color="${p.light}" stop-opacity="0.75"/><stop offset="1" stop-color="${p.light}" stop-opacity="0"/></radialGradient>` +
    `<radialGradient id="${r(5)}" cx="50%" cy="45%" r="60%"><stop offset="0.4" stop-color="#f6f3ee"/><stop offset="1" stop-color="#cfc6c0"/></radialGradient>` +
    `<radialGradient id="${r(6)}"><stop offset="0" stop-color="${adjust(c.id.iris, 0.12, 1.1)}"/><stop offset="0.7" stop-color="${c.id.iris}"/><stop offset="1" stop-color="${adjust(c.id.iris, -0.15)}"/></radialGradient>` +
    `<linearGradient id="${r(7)}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.lipDark}"/><stop offset="1" stop-color="${p.lip}"/></linearGradient>` +
    `<radialGradient id="${r(8)}" cx="50%" cy="30%" r="70%"><stop offset="0" stop-color="${adjust(p.lip, 0.05)}"/><stop offset="0.7" stop-color="${p.lip}"/><stop offset="1" stop-color="${p.lipDark}"/></radialGradient>` +
    `<linearGradient id="${r(9)}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#d9d2c6"/><stop offset="0.6" stop-color="#f4f0e8"/><stop offset="1" stop-color="#e8e1d6"/></linearGradient>` +
    `<linearGradient id="${r(10)}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.hairLight}"/><stop offset="0.5" stop-color="${p.hair}"/><stop offset="1" stop-color="${p.hairDark}"/></linearGradient>` +
    `<linearGradient id="${r(11)}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.deep}"/><stop offset="0.45" stop-color="${p.shade}"/><stop offset="1" stop-color="${p.skin}"/></linearGradient>` +
    `<radialGradient id="${r(12)}" cx="50%" cy="50%" r="60%"><stop offset="0" stop-color="#2a0d0f"/><stop offset="1" stop-color="#5a2226"/></radialGradient>` +
    `<radialGradient id="${r(13)}"><stop offset="0" stop-color="#e0586a" stop-opacity="${op((0.08 + 0.06 * fem) * (1 - 0.7 * c.dark))}"/><stop offset="1" stop-color="#e0586a" stop-opacity="0"/></radialGradient>` +
    `<linearGradient id="${r(14)}" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#ffffff" stop-opacity="0.35"/><stop offset="0.5" stop-color="#ffffff" stop-opacity="0.04"/><stop offset="1" stop-color="#ffffff" stop-opacity="0.12"/></linearGradient>` +
    `<linearGradient id="${r(15)}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${adjust(c.id.headwearColor, 0.07)}"/><stop offset="1" stop-color="${adjust(c.id.headwearColor, -0.08)}"/></linearGradient>` +
    `<linearGradient id="${r(16)}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${adjust(c.id.clothing, 0.05)}"/><stop offset="1" stop-color="${adjust(c.id.clothing, -0.1)}"/></linearGradient>` +
    `<filter id="${r(17)}" x="-10%" y="-10%" width="120%" height="120%"><feGaussianBlur stdDeviation="2.5"/></filter>` +
    `<filter id="${r(18)}" x="-5%" y="-5%" width="110%" height="110%"><feGaussianBlur stdDeviation="0.7"/></filter>` +
    `</defs>`
  );
}

function background(c: Ctx): string {
  return `<rect width="512" height="512" fill="${c.url(1)}"/>`;
}

function neckAndBody(c: Ctx): string {
  const id = c.id;
  const nw = 0.56 + 0.08 * (id.jawWidth - 0.9);
  const neck = closedCurve([
    pt(-nw, -1.2),
    pt(-nw - 0.02, -2.4),
    pt(-nw - 0.12, -2.95),
    pt(0, -3.05),
    pt(nw + 0.12, -2.95),
    pt(nw + 0.02, -2.4),
    pt(nw, -1.2),
  ]);
  const body =
    `M${f(X(-2.9))} 512` +
    cont([pt(-2.9, -3.4), pt(-2.3, -2.95), pt(-1.2, -2.6), pt(-nw - 0.05, -2.5)]) +
    cont([pt(-nw - 0.05, -2.5), pt(0, -2.95), pt(nw + 0.05, -2.5)]) +
    cont([pt(nw + 0.05, -2.5), pt(1.2, -2.6), pt(2.3, -2.95), pt(2.9, -3.4)]) +
    `L${f(X(2.9))} 512Z`;
  const collar = curve([pt(-nw - 0.05, -2.5), pt(0, -2.95), pt(nw + 0.05, -2.5)]);
  return (
    path(neck, `fill="${c.url(11)}"`) +
    path(body, `fill="${c.url(16)}"`) +
    path(
      collar,
      `fill="none" stroke="${adjust(id.clothing, -0.15)}" stroke-width="${px(0.05)}" stroke-linecap="round"`,
    )
  );
}

function ears(c: Ctx): string {
  const p = c.pal;
  let out = '';
  for (const s of [1, -1]) {
    const x0 = s * (c.id.cheekWidth - 0.06);
    const ear = closedCurve([
      pt(x0, 0.2),
      pt(x0 + s * 0.14, 0.22),
      pt(x0 + s * 0.22, 0.05),
      pt(x0 + s * 0.2, -0.3),
      pt(x0 + s * 0.12, -0.62),
      pt(x0 + s * 0.02, -0.72),
      pt(x0 - s * 0.04, -0.4),
    ]);
    out += path(ear, `fill="${p.skin}" stroke="${p.shade}" stroke-width="${px(0.012)}"`);
    out += path(
      curve([
        pt(x0 + s * 0.05, 0.12),
        pt(x0 + s * 0.15, 0.05),
        pt(x0 + s * 0.14, -0.3),
        pt(x0 + s * 0.06, -0.5),
      ]),
      `fill="none" stroke="${p.deep}" stroke-width="${px(0.035)}" stroke-linecap="round" opacity="0.55"`,
    );
  }
  return out;
}

/** Deterministic pseudo-noise in -1..1 from an integer (no randomness at run time). */
function hash(i: number): number {
  let x = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return ((x >>> 0) / 0xffffffff) * 2 - 1;
}

/** Bumpy outline around an ellipse (curly hair), from angle a0 to a1 (radians, 0 = right, CCW). */
function bumpy(
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  a0: number,
  a1: number,
  n: number,
  amp: number,
  seed: number,
): V[] {
  const out: V[] = [];
  for (let i = 0; i <= n; i++) {
    const a = a0 + ((a1 - a0) * i) / n;
    const k = 1 + (i % 2 === 0 ? amp : -amp * 0.3) + hash(seed + i) * amp * 0.4;
    out.push(pt(cx + Math.cos(a) * rx * k, cy + Math.sin(a) * ry * k));
  }
  return out;
}

interface HairParts {
  back: string;
  front: string;
}

function hairShapes(c: Ctx): HairParts {
  const id = c.id;
  const p = c.pal;
  const fill = `fill="${c.url(10)}"`;
  const W = id.cheekWidth;
  const hl = 1.45 + 0.1 * id.age * (id.presentation === 'masculine' ? 1 : 0);
  const sheen = (pts: V[]): string =>
    path(
      curve(pts),
      `fill="none" stroke="${p.hairLight}" stroke-width="${px(0.035)}" stroke-linecap="round" opacity="0.45"`,
    );
  const strands = (xs: number[], y0: number, y1: number): string =>
    xs
      .map((x) =>
        path(
          curve([pt(x, y0), pt(x * 1.03, (y0 + y1) / 2), pt(x * 0.98, y1)]),
          `fill="none" stroke="${p.hairDark}" stroke-width="${px(0.018)}" opacity="0.5"`,
        ),
      )
      .join('');
  const capFront = (vol: number, hairline: number, sideDown: number, part: number): string =>
    closedCurve([
      pt(-(W - 0.1), sideDown),
      pt(-(W - 0.16), 1.0),
      pt(-0.72, hairline - 0.05),
      pt(part - 0.25, hairline + 0.02),
      pt(part, hairline + 0.08),
      pt(part + 0.3, hairline - 0.01),
      pt(0.74, hairline - 0.06),
      pt(W - 0.16, 1.0),
      pt(W - 0.1, sideDown),
      pt(W - 0.02 + vol * 0.5, sideDown + 0.12),
      pt(W - 0.03 + vol, 1.3),
      pt(0.92 + vol, 1.98 + vol * 0.5),
      pt(0, 2.2 + vol),
      pt(-0.92 - vol, 1.98 + vol * 0.5),
      pt(-W + 0.03 - vol, 1.3),
      pt(-W + 0.02 - vol * 0.5, sideDown + 0.12),
    ]);
  switch (id.hair) {
    case 'bald':
      return { back: '', front: '' };
    case 'bald-sides': {
      let front = '';
      for (const s of [1, -1]) {
        front += path(
          closedCurve([
            pt(s * (W - 0.06), 0.12),
            pt(s * (W + 0.08), 0.1),
            pt(s * (W + 0.1), 0.8),
            pt(s * (W - 0.02), 1.32),
            pt(s * (W - 0.1), 1.2),
            pt(s * (W - 0.05), 0.7),
          ]),
          `fill="${p.hair}" opacity="0.92"`,
        );
      }
      return { back: '', front };
    }
    case 'buzz': {
      const front = capFront(0.03, hl + 0.02, 0.55, 0.0);
      return {
        back: '',
        front:
          path(front, `fill="${p.hair}" opacity="0.82"`) +
          path(front, `fill="none" stroke="${p.hairDark}" stroke-width="${px(0.02)}" opacity="0.3"`),
      };
    }
    case 'short': {
      const front = capFront(0.1, hl, 0.62, 0.35);
      return {
        back: path(
          closedCurve([
            pt(-W - 0.03, 0.5),
            pt(-W - 0.06, 1.3),
            pt(0, 2.3),
            pt(W + 0.06, 1.3),
            pt(W + 0.03, 0.5),
            pt(0, 0.6),
          ]),
          `fill="${p.hairDark}"`,
        ),
        front:
          path(front, fill) +
          sheen([pt(-0.6, 1.95), pt(-0.1, 2.2), pt(0.3, 2.15)]) +
          strands([0.45, 0.6, 0.8], 1.55, 2.0),
      };
    }
    case 'curly-short': {
      const pts = bumpy(0, 1.05, W + 0.2, 1.3, -0.15, Math.PI + 0.15, 18, 0.05, id.skin * 31 + 7);
      const front = closedCurve([
        ...pts,
        pt(-W + 0.08, 0.55),
        pt(-W + 0.12, 1.1),
        pt(-0.6, hl - 0.02),
        pt(0, hl + 0.04),
        pt(0.6, hl - 0.02),
        pt(W - 0.12, 1.1),
        pt(W - 0.08, 0.55),
      ]);
      let curls = '';
      for (let i = 0; i < 14; i++) {
        const a = 0.25 + (i / 13) * (Math.PI - 0.5);
        const cc = pt(Math.cos(a) * (W - 0.05) * 0.9, 1.2 + Math.sin(a) * 0.85);
        curls += `<circle cx="${f(cc[0])}" cy="${f(cc[1])}" r="${px(0.06)}" fill="none" stroke="${p.hairLight}" stroke-width="${px(0.018)}" opacity="0.22"/>`;
      }
      return { back: '', front: path(front, fill) + curls };
    }
    case 'afro': {
      const pts = bumpy(0, 1.05, W + 0.6, 1.65, -0.35, Math.PI + 0.35, 28, 0.035, 91);
      const back = closedCurve([...pts, pt(-W - 0.3, -0.5), pt(0, 0.2), pt(W + 0.3, -0.5)]);
      const front = closedCurve([
        pt(-W + 0.08, 0.55),
        pt(-W + 0.1, 1.1),
        pt(-0.6, hl - 0.03),
        pt(0, hl + 0.03),
        pt(0.6, hl - 0.03),
        pt(W - 0.1, 1.1),
        pt(W - 0.08, 0.55),
        pt(W + 0.3, 0.9),
        pt(W, 2.1),
        pt(0, 2.4),
        pt(-W, 2.1),
        pt(-W - 0.3, 0.9),
      ]);
      let curls = '';
      for (let i = 0; i < 40; i++) {
        const a = -0.2 + ((i * 0.61803) % 1) * (Math.PI + 0.4);
        const rr = 0.55 + ((i * 0.37) % 1) * 0.4;
        const cc = pt(Math.cos(a) * (W + 0.45) * rr, 1.05 + Math.sin(a) * 1.55 * rr);
        if (Y(1.45) < cc[1]) continue;
        curls += `<circle cx="${f(cc[0])}" cy="${f(cc[1])}" r="${px(0.06 + 0.03 * ((i * 0.53) % 1))}" fill="none" stroke="${i % 2 ? p.hairLight : p.hairDark}" stroke-width="${px(0.022)}" opacity="0.4"/>`;
      }
      return { back: path(back, fill) + curls, front: path(front, fill) };
    }
    case 'long':
    case 'fringe':
    case 'wavy':
    case 'locs': {
      const len = id.hair === 'wavy' ? -1.9 : -2.9;
      const wav = id.hair === 'wavy' ? 0.08 : 0;
      const back = closedCurve([
        pt(0, 2.3),
        pt(W + 0.25, 1.5),
        pt(W + 0.35 + wav, 0.0),
        pt(W + 0.4 - wav, len + 0.9),
        pt(W + 0.3, len),
        pt(0.6, len - 0.1),
        pt(-0.6, len - 0.1),
        pt(-W - 0.3, len),
        pt(-W - 0.4 + wav, len + 0.9),
        pt(-W - 0.35 - wav, 0.0),
        pt(-W - 0.25, 1.5),
      ]);
      const fringe = id.hair === 'fringe';
      const hairline = fringe ? 1.12 : hl;
      let front = '';
      if (fringe) {
        front = closedCurve([
          pt(-(W - 0.1), 0.45),
          pt(-(W - 0.2), 1.0),
          pt(-0.7, 1.14),
          pt(-0.35, 1.1),
          pt(0, hairline),
          pt(0.35, 1.1),
          pt(0.7, 1.14),
          pt(W - 0.2, 1.0),
          pt(W - 0.1, 0.45),
          pt(W - 0.05, -0.4),
          pt(W + 0.05, -1.3),
          pt(W + 0.3, -1.2),
          pt(W + 0.28, 1.3),
          pt(0.92, 2.05),
          pt(0, 2.25),
          pt(-0.92, 2.05),
          pt(-W - 0.28, 1.3),
          pt(-W - 0.3, -1.2),
          pt(-W - 0.05, -1.3),
          pt(-W + 0.05, -0.4),
        ]);
      } else {
        front = closedCurve([
          pt(-(W - 0.1), 0.5),
          pt(-(W - 0.18), 1.0),
          pt(-0.7, hairline - 0.05),
          pt(-0.05, hairline + 0.06),
          pt(0.12, hairline + 0.12),
          pt(0.5, hairline + 0.02),
          pt(W - 0.18, 1.05),
          pt(W - 0.08, 0.4),
          pt(W - 0.04 + wav, -0.5),
          pt(W + 0.02 - wav, -1.4),
          pt(W + 0.12, len + 0.5),
          pt(W + 0.35, len + 0.6),
          pt(W + 0.3 + wav, -0.2),
          pt(W + 0.25, 1.3),
          pt(0.92, 2.08),
          pt(0, 2.28),
          pt(-0.92, 2.08),
          pt(-W - 0.25, 1.3),
          pt(-W - 0.3 - wav, -0.2),
          pt(-W - 0.35, len + 0.6),
          pt(-W - 0.12, len + 0.5),
          pt(-W - 0.02 + wav, -1.4),
          pt(-W + 0.04 - wav, -0.5),
        ]);
      }
      let extra = sheen([pt(-0.75, 1.85), pt(-0.3, 2.12), pt(0.1, 2.15)]);
      if (id.hair === 'locs') {
        for (let i = 0; i < 10; i++) {
          const s = i < 5 ? -1 : 1;
          const x = s * (W + 0.02 + (i % 5) * 0.07);
          extra += path(
            curve([pt(x * 0.9, 1.3), pt(x, 0.2), pt(x + s * 0.03, -1.2), pt(x + s * 0.05, len + 0.55)]),
            `fill="none" stroke="${p.hairDark}" stroke-width="${px(0.02)}" opacity="0.55"`,
          );
        }
        for (let i = 0; i < 7; i++) {
          const x = -0.75 + i * 0.25;
          extra += path(
            curve([pt(x * 0.4, hairline + 0.05), pt(x * 0.8, 1.9), pt(x, 2.15)]),
            `fill="none" stroke="${p.hairDark}" stroke-width="${px(0.02)}" opacity="0.5"`,
          );
        }
      } else {
        extra += strands([-0.5, -0.3, 0.35, 0.55], hairline + 0.1, 2.0);
      }
      return { back: path(back, `fill="${p.hairDark}"`), front: path(front, fill) + extra };
    }
    case 'bob': {
      const back = closedCurve([
        pt(0, 2.3),
        pt(W + 0.3, 1.4),
        pt(W + 0.35, -0.3),
        pt(W + 0.3, -1.45),
        pt(0, -1.3),
        pt(-W - 0.3, -1.45),
        pt(-W - 0.35, -0.3),
        pt(-W - 0.3, 1.4),
      ]);
      const front = closedCurve([
        pt(-(W - 0.1), 0.5),
        pt(-(W - 0.18), 1.0),
        pt(-0.7, hl - 0.05),
        pt(-0.3, hl + 0.12),
        pt(0.3, hl + 0.02),
        pt(0.75, hl - 0.06),
        pt(W - 0.18, 1.0),
        pt(W - 0.08, 0.4),
        pt(W - 0.02, -0.7),
        pt(W + 0.05, -1.35),
        pt(W + 0.35, -1.45),
        pt(W + 0.34, 0),
        pt(W + 0.25, 1.4),
        pt(0.9, 2.08),
        pt(0, 2.28),
        pt(-0.9, 2.08),
        pt(-W - 0.25, 1.4),
        pt(-W - 0.34, 0),
        pt(-W - 0.35, -1.45),
        pt(-W - 0.05, -1.35),
        pt(-W + 0.02, -0.7),
        pt(-W + 0.08, 0.4),
      ]);
      return {
        back: path(back, `fill="${p.hairDark}"`),
        front: path(front, fill) + sheen([pt(-0.7, 1.85), pt(-0.2, 2.12), pt(0.2, 2.12)]),
      };
    }
    case 'bun':
    case 'pulled-back': {
      const front = capFront(0.06, hl, 0.6, 0.0);
      const bun =
        id.hair === 'bun'
          ? `<circle cx="${f(X(0))}" cy="${f(Y(2.25))}" r="${px(0.42)}" fill="${c.url(10)}"/>`
          : '';
      const lines =
        [-0.6, -0.3, 0.3, 0.6]
          .map((x) =>
            path(
              curve([pt(x * 1.4, hl + 0.05), pt(x * 1.1, 1.8), pt(x * 0.4, 2.15)]),
              `fill="none" stroke="${p.hairDark}" stroke-width="${px(0.02)}" opacity="0.45"`,
            ),
          )
          .join('') + sheen([pt(-0.6, 1.9), pt(-0.2, 2.15), pt(0.2, 2.12)]);
      return { back: bun, front: path(front, fill) + lines };
    }
  }
}

function headwearBack(c: Ctx): string {
  const id = c.id;
  if (id.headwear === 'hijab') {
    const d = closedCurve([
      pt(0, 2.5),
      pt(1.45, 1.7),
      pt(1.62, 0.2),
      pt(1.5, -1.4),
      pt(1.3, -2.5),
      pt(2.6, -3.3),
      pt(2.9, -4.0),
      pt(-2.9, -4.0),
      pt(-2.6, -3.3),
      pt(-1.3, -2.5),
      pt(-1.5, -1.4),
      pt(-1.62, 0.2),
      pt(-1.45, 1.7),
    ]);
    return path(d, `fill="${c.url(15)}"`);
  }
  return '';
}

function headwearFront(c: Ctx): string {
  const id = c.id;
  const W = id.cheekWidth;
  const fill = `fill="${c.url(15)}"`;
  const fold = (pts: V[], o = 0.35): string =>
    path(
      curve(pts),
      `fill="none" stroke="${adjust(id.headwearColor, -0.14)}" stroke-width="${px(0.03)}" stroke-linecap="round" opacity="${o}"`,
    );
  switch (id.headwear) {
    case 'hijab': {
      const outer = [
        pt(0, 2.5),
        pt(1.45, 1.7),
        pt(1.62, 0.2),
        pt(1.5, -1.4),
        pt(1.25, -2.55),
        pt(0, -2.75),
        pt(-1.25, -2.55),
        pt(-1.5, -1.4),
        pt(-1.62, 0.2),
        pt(-1.45, 1.7),
      ];
      const inner = [
        pt(0, 1.38),
        pt(-0.8, 1.3),
        pt(-W + 0.08, 0.7),
        pt(-W + 0.02, -0.3),
        pt(-id.jawWidth - 0.02, -1.4),
        pt(-0.55, -2.42),
        pt(0, -2.5),
        pt(0.55, -2.42),
        pt(id.jawWidth + 0.02, -1.4),
        pt(W - 0.02, -0.3),
        pt(W - 0.08, 0.7),
        pt(0.8, 1.3),
      ];
      return (
        path(closedCurve(outer) + closedCurve(inner), `${fill} fill-rule="evenodd"`) +
        fold([pt(-1.05, 1.55), pt(-1.3, 0.4), pt(-1.25, -1.0)]) +
        fold([pt(1.05, 1.55), pt(1.3, 0.4), pt(1.25, -1.0)]) +
        fold([pt(-0.8, -2.55), pt(0, -2.65), pt(0.8, -2.55)], 0.25)
      );
    }
    case 'turban': {
      const d = closedCurve([
        pt(-W - 0.05, 0.9),
        pt(-0.7, 1.32),
        pt(0, 1.42),
        pt(0.7, 1.32),
        pt(W + 0.05, 0.9),
        pt(W + 0.25, 1.6),
        pt(1.0, 2.45),
        pt(0, 2.75),
        pt(-1.0, 2.45),
        pt(-W - 0.25, 1.6),
      ]);
      return (
        path(d, fill) +
        fold([pt(-W - 0.1, 1.1), pt(-0.3, 1.75), pt(0.6, 2.4)]) +
        fold([pt(W + 0.1, 1.15), pt(0.3, 1.85), pt(-0.5, 2.55)]) +
        fold([pt(-W - 0.15, 1.5), pt(-0.6, 2.15), pt(0.2, 2.65)], 0.25) +
        fold([pt(W + 0.18, 1.55), pt(0.7, 2.2), pt(0.0, 2.6)], 0.25)
      );
    }
    case 'cap': {
      const crown = closedCurve([
        pt(-W - 0.06, 1.15),
        pt(-0.9, 1.55),
        pt(0, 1.62),
        pt(0.9, 1.55),
        pt(W + 0.06, 1.15),
        pt(W + 0.05, 1.7),
        pt(0.8, 2.3),
        pt(0, 2.42),
        pt(-0.8, 2.3),
        pt(-W - 0.05, 1.7),
      ]);
      const brim = closedCurve([
        pt(-1.1, 1.5),
        pt(0, 1.6),
        pt(1.1, 1.5),
        pt(1.0, 1.36),
        pt(0, 1.28),
        pt(-1.0, 1.36),
      ]);
      return (
        path(crown, fill) +
        path(brim, `fill="${adjust(id.headwearColor, -0.1)}"`) +
        fold([pt(0, 1.62), pt(0, 2.42)], 0.3) +
        `<circle cx="${f(X(0))}" cy="${f(Y(2.4))}" r="${px(0.05)}" fill="${adjust(id.headwearColor, -0.12)}"/>`
      );
    }
    case 'kufi': {
      const d = closedCurve([
        pt(-1.0, 1.55),
        pt(0, 1.68),
        pt(1.0, 1.55),
        pt(1.02, 1.95),
        pt(0.6, 2.28),
        pt(0, 2.35),
        pt(-0.6, 2.28),
        pt(-1.02, 1.95),
      ]);
      return (
        path(d, fill) +
        fold([pt(-0.98, 1.72), pt(0, 1.84), pt(0.98, 1.72)], 0.4) +
        fold([pt(-0.9, 1.95), pt(0, 2.05), pt(0.9, 1.95)], 0.3)
      );
    }
    case 'headwrap': {
      const d = closedCurve([
        pt(-W - 0.02, 0.85),
        pt(-0.7, 1.33),
        pt(0, 1.42),
        pt(0.7, 1.33),
        pt(W + 0.02, 0.85),
        pt(W + 0.4, 1.5),
        pt(1.45, 2.5),
        pt(0.6, 2.95),
        pt(-0.4, 2.9),
        pt(-1.5, 2.4),
        pt(-W - 0.4, 1.5),
      ]);
      return (
        path(d, fill) +
        fold([pt(-W, 1.0), pt(-0.2, 1.7), pt(1.2, 2.5)], 0.45) +
        fold([pt(W, 1.0), pt(0.3, 1.9), pt(-1.0, 2.6)], 0.45) +
        fold([pt(-0.9, 1.5), pt(0.2, 2.3), pt(0.8, 2.8)], 0.3)
      );
    }
    default:
      return '';
  }
}

function glasses(c: Ctx): string {
  const id = c.id;
  if (id.glasses === 'none') return '';
  const frame = id.skin > 6 ? '#7a5a3a' : '#2b2623';
  const sw = `stroke="${frame}" stroke-width="${px(0.035)}"`;
  let out = '';
  for (const s of [1, -1]) {
    const cx = s * 0.5;
    const shape =
      id.glasses === 'round'
        ? `<circle cx="${f(X(cx))}" cy="${f(Y(-0.02))}" r="${px(0.255)}" fill="${c.url(14)}" ${sw}/>`
        : `<rect x="${f(X(cx - 0.31))}" y="${f(Y(0.17))}" width="${px(0.62)}" height="${px(0.37)}" rx="${px(0.08)}" fill="${c.url(14)}" ${sw}/>`;
    out += shape;
    out += path(curve([pt(s * 0.8, 0.08), pt(s * (id.cheekWidth + 0.02), 0.1)]), `fill="none" ${sw}`);
  }
  out += path(curve([pt(-0.24, 0.05), pt(0, 0.1), pt(0.24, 0.05)]), `fill="none" ${sw}`);
  return out;
}

// ---------------------------------------------------------------- AU-driven layers

function sideOf(s: 1 | -1): Side {
  return s === 1 ? 'left' : 'right';
}

function faceShape(c: Ctx): string {
  const { g, id } = c;
  const W = id.cheekWidth;
  const L = g.left;
  const R = g.right;
  const pts: V[] = [
    pt(0, 2.12),
    pt(0.66, 1.98),
    pt(1.02, 1.5),
    pt(W - 0.04, 0.75),
    pt(W, -0.05),
    pt(W - 0.07, -0.6),
    v(L.jaw),
    v(L.chinSide),
    v(g.center.chinBottom),
    v(R.chinSide),
    v(R.jaw),
    pt(-W + 0.07, -0.6),
    pt(-W, -0.05),
    pt(-W + 0.04, 0.75),
    pt(-1.02, 1.5),
    pt(-0.66, 1.98),
  ];
  return closedCurve(pts);
}

function faceLayer(c: Ctx): string {
  const d = faceShape(c);
  const { g, pal, id } = c;
  const C = g.center;
  let out = `<clipPath id="${c.ref(23)}"><path d="${d}"/></clipPath>`;
  out += path(d, `fill="${c.url(2)}"`);
  // soft volume shading
  const sh = c.url(3);
  const hi = c.url(4);
  out += `<g clip-path="${c.url(23)}">`;
  out += ellipse(pt(-0.05, 1.0), 0.6, 0.38, `fill="${hi}" opacity="0.7"`);
  for (const s of [1, -1] as const) {
    const p = s === 1 ? g.left : g.right;
    const side = sideOf(s);
    const lift = 0.6 * auAt(c.au, 12, side) + 0.5 * auAt(c.au, 6, side) + 0.35 * auAt(c.au, 9, side);
    // temples and cheek hollows
    out += ellipse(
      pt(s * (id.cheekWidth - 0.05), 0.6),
      0.25,
      0.5,
      `fill="${sh}" opacity="${op(0.55 + 0.1 * s)}"`,
    );
    out += ellipse(
      pt(s * (id.cheekWidth - 0.18), -0.95),
      0.26,
      0.45,
      `fill="${sh}" opacity="${op(0.55 + 0.15 * s - 0.2 * lift)}"`,
    );
    // eye sockets under the brow, near the nose
    out += ellipse(
      v({ x: (p.browIn.x + p.eyeIn.x) / 2, y: (p.browIn.y + p.eyeIn.y) / 2 - 0.02 }),
      0.16,
      0.14,
      `fill="${sh}" opacity="0.45"`,
    );
    // the lowered brow (4) overhangs the inner eye: a deeper shadow under its head
    const a4 = auAt(c.au, 4, side);
    if (a4 > 0.02) {
      out += ellipse(
        v({ x: p.browIn.x + s * 0.12, y: p.browIn.y - 0.07 }),
        0.17,
        0.07,
        `fill="${sh}" opacity="${op(0.7 * a4)}"`,
        s * 12,
      );
    }
    out += ellipse(
      v({ x: p.eyeOut.x + s * 0.08, y: p.eyeOut.y + 0.1 }),
      0.14,
      0.12,
      `fill="${sh}" opacity="0.4"`,
    );
    // cheek apple: rises and rounds with 6/12
    out += ellipse(
      v({ x: p.cheek.x + s * 0.03, y: p.cheek.y + 0.02 }),
      0.3 + 0.02 * lift,
      0.2 + 0.03 * lift,
      `fill="${hi}" opacity="${op(0.55 + 0.4 * lift)}"`,
    );
    out += ellipse(v({ x: p.cheek.x + s * 0.05, y: p.cheek.y }), 0.36, 0.24, `fill="${c.url(13)}"`);
    // shadow under the lifted cheek apple
    if (lift > 0.02) {
      out += ellipse(
        v({ x: p.cheek.x + s * 0.02, y: p.cheek.y - 0.22 }),
        0.3,
        0.12,
        `fill="${sh}" opacity="${op(0.45 * lift)}"`,
      );
    }
  }
  // nose bridge and sides
  const nt = C.noseTip;
  out += ellipse(pt(0.13, -0.32), 0.085, 0.42, `fill="${sh}" opacity="0.75"`);
  out += ellipse(pt(-0.13, -0.32), 0.075, 0.42, `fill="${sh}" opacity="0.5"`);
  out += ellipse(pt(-0.01, -0.3), 0.04, 0.34, `fill="${hi}" opacity="0.6"`);
  // under the nose, under the lower lip, chin
  out += ellipse(v({ x: 0, y: nt.y - 0.16 }), 0.2 * id.noseWidth, 0.06, `fill="${sh}" opacity="0.8"`);
  out += ellipse(v({ x: 0, y: C.loOut0.y - 0.07 }), 0.22, 0.06, `fill="${sh}" opacity="0.85"`);
  out += ellipse(v({ x: -0.02, y: C.chinBoss.y }), 0.2, 0.12, `fill="${hi}" opacity="0.6"`);
  out += ellipse(v({ x: 0, y: C.chinBottom.y + 0.02 }), 0.5, 0.1, `fill="${sh}" opacity="0.6"`);
  out += `</g>`;
  if (id.freckles) {
    let fr = '';
    for (let i = 0; i < 34; i++) {
      const s = i % 2 ? 1 : -1;
      const x = s * (0.12 + ((i * 0.618) % 1) * 0.65);
      const y = -0.25 - ((i * 0.382) % 1) * 0.4 + (Math.abs(x) < 0.2 ? 0.05 : 0);
      fr += `<circle cx="${f(X(x))}" cy="${f(Y(y))}" r="${px(0.012 + 0.008 * ((i * 0.7) % 1))}"/>`;
    }
    out += `<g fill="${pal.shade}" opacity="0.6">${fr}</g>`;
  }
  return out;
}

/** Stroke a fold: a shadow line plus a faint highlight edge on the side away from the shadow. */
function fold(c: Ctx, pts: V[], o: number, width = 0.018, edgeDy = -0.016, edgeK = 0.55): string {
  if (o <= 0.03) return '';
  const oo = Math.min(1, o * c.pal.lineBoost);
  const e = pts.map(([x, y]) => [x, y + edgeDy * S] as V);
  return (
    path(
      curve(e),
      `fill="none" stroke="${c.pal.edge}" stroke-width="${px(width * 0.9)}" stroke-linecap="round" opacity="${op(oo * edgeK)}"`,
    ) +
    path(
      curve(pts),
      `fill="none" stroke="${c.pal.line}" stroke-width="${px(width)}" stroke-linecap="round" opacity="${op(oo * 0.8)}"`,
    )
  );
}

function browY(c: Ctx, x: number): number {
  const s = x >= 0 ? 1 : -1;
  const p = s === 1 ? c.g.left : c.g.right;
  const ax = Math.abs(x);
  const a = p.browIn;
  const b = p.browMid;
  const o = p.browOut;
  if (ax <= Math.abs(a.x))
    return (
      (c.g.left.browIn.y + c.g.right.browIn.y) / 2 +
      ((a.y - (c.g.left.browIn.y + c.g.right.browIn.y) / 2) * ax) / Math.abs(a.x)
    );
  if (ax <= Math.abs(b.x))
    return a.y + ((b.y - a.y) * (ax - Math.abs(a.x))) / (Math.abs(b.x) - Math.abs(a.x));
  return b.y + ((o.y - b.y) * (ax - Math.abs(b.x))) / (Math.abs(o.x) - Math.abs(b.x));
}

function wrinkles(c: Ctx): string {
  const { au, id, g } = c;
  const age = id.age;
  let out = '';
  // forehead: centre lines from 1, lateral lines from 2, following the brow shape
  const a1 = auMean(au, 1);
  for (let k = 0; k < 3; k++) {
    const off = 0.32 + k * 0.12;
    const oc = wr(a1) * (0.6 - k * 0.1) + age * 0.2;
    const half = 0.42 - k * 0.06 + 0.04 * hash(k + 3);
    const xs = [-half, -half / 2, 0, half / 2, half];
    out += fold(
      c,
      xs.map((x, i) => pt(x, browY(c, x) * 0.55 + 0.17 + off + 0.012 * hash(k * 10 + i))),
      oc,
      0.014,
    );
    for (const s of [1, -1] as const) {
      const a2 = auAt(au, 2, sideOf(s));
      const ol = wr(a2) * (0.55 - k * 0.12) + age * 0.15;
      const xl = [0.4 + 0.05 * k, 0.58, 0.74, 0.86 - 0.06 * k].map((x) => s * x);
      out += fold(
        c,
        xl.map((x, i) => pt(x, browY(c, x) + off - 0.04 - 0.015 * Math.abs(x) + 0.01 * hash(k * 7 + i + 50))),
        ol,
        0.013,
      );
    }
  }
  // glabella: vertical lines from 4, horizontal root line from 9
  const a4 = auMean(au, 4);
  const a9 = auMean(au, 9);
  for (const s of [1, -1] as const) {
    const bi = (s === 1 ? g.left : g.right).browIn;
    const x = s * 0.05 + bi.x * 0.25;
    // Two vertical furrows per side, bunched between the lowered brow heads; drawn with a light
    // ridge beside them (not below) so they read on dark skin too.
    const o4 = wr(a4) * 1.4 + age * 0.1;
    for (const [dx, len, k] of [
      [0, 0.14, 1],
      [0.045, 0.09, 0.7],
    ] as const) {
      const xx = x + s * dx;
      const line: V[] = [
        pt(xx + s * 0.008, bi.y + 0.07),
        pt(xx, bi.y - 0.01),
        pt(xx + s * 0.012, bi.y - len),
      ];
      out += path(
        curve(line.map(([lx, ly]) => [lx + s * 0.022 * S, ly] as V)),
        `fill="none" stroke="${c.pal.edge}" stroke-width="${px(0.018)}" stroke-linecap="round" opacity="${op(Math.min(1, o4 * k * c.pal.lineBoost) * (0.45 + 0.4 * c.dark))}"`,
      );
      out += fold(c, line, o4 * k, 0.024, 0);
    }
  }
  out += fold(c, [pt(-0.1, 0.14), pt(0, 0.11 - 0.02 * a9), pt(0.1, 0.14)], wr(a9) * 0.85, 0.018);
  // nose wrinkles (9): across the bridge and down its sides
  for (let k = 0; k < 4; k++) {
    const y = 0.04 - k * 0.075 + 0.03 * a9;
    for (const s of [1, -1] as const) {
      // slightly irregular lengths and spacing so the furrows read as skin, not a ladder
      const j = 0.012 * hash(k * 4 + s + 70);
      const w = 0.17 + 0.025 * hash(k * 4 + s + 90) - 0.01 * k;
      out += fold(
        c,
        [pt(s * 0.02, y + 0.02 + j), pt(s * (w * 0.55), y - 0.004 + j), pt(s * w, y - 0.045 + j * 0.5)],
        wr(a9) * (1.1 - k * 0.15),
        0.026,
        -0.024,
        // the lit ridge between furrows carries the wrinkle where a shadow has little contrast
        0.55 + 0.4 * c.dark,
      );
    }
  }
  for (const s of [1, -1] as const) {
    const side = sideOf(s);
    const p = s === 1 ? g.left : g.right;
    // nasolabial fold
    const nl = Math.min(
      1,
      0.06 +
        age * 0.4 +
        0.75 * wr(auAt(au, 12, side)) +
        0.65 * wr(auAt(au, 10, side)) +
        0.55 * wr(auAt(au, 9, side)) +
        0.2 * wr(auAt(au, 20, side)) +
        0.2 * wr(auAt(au, 6, side)),
    );
    const mid: Pt = { x: (p.nlTop.x + p.nlBot.x) / 2 + s * 0.1, y: (p.nlTop.y + p.nlBot.y) / 2 };
    out += fold(c, [v({ x: p.nlTop.x, y: p.nlTop.y + 0.02 }), v(mid), v(p.nlBot)], nl * 0.7, 0.03, 0);
    out += fold(
      c,
      [
        v({ x: p.nlTop.x + s * 0.035, y: p.nlTop.y - 0.01 }),
        v({ x: mid.x + s * 0.035, y: mid.y }),
        v({ x: p.nlBot.x + s * 0.03, y: p.nlBot.y + 0.01 }),
      ].map(([x, y]) => [x, y] as V),
      0,
      0.03,
      0,
    );
    // crow's feet (6) fanning from the outer corner
    const a6 = auAt(au, 6, side);
    const eo = p.eyeOut;
    for (let k = -1; k <= 1; k++) {
      out += fold(
        c,
        [
          pt(eo.x + s * 0.07, eo.y + 0.03 * k),
          pt(eo.x + s * 0.14, eo.y + 0.055 * k - 0.005),
          pt(eo.x + s * 0.21, eo.y + 0.09 * k - 0.02),
        ],
        wr(a6) * 0.8 + age * 0.3,
        0.015,
        0.012,
      );
    }
    // lower-lid bag (6, 7) and age
    const a7 = auAt(au, 7, side);
    const bag = wr(a6) * 0.75 + wr(a7) * 0.45 + age * 0.35;
    out += fold(
      c,
      [
        v({ x: p.eyeIn.x + s * 0.03, y: p.lidLo1.y - 0.05 }),
        v({ x: p.lidLo1.x, y: p.lidLo1.y - 0.07 }),
        v({ x: p.lidLo2.x + s * 0.02, y: p.lidLo2.y - 0.065 }),
        v({ x: p.eyeOut.x, y: p.eyeOut.y - 0.07 }),
      ],
      bag * 0.8,
      0.014,
      -0.014,
    );
    // dimple (14)
    const a14 = auAt(au, 14, side);
    const cr = p.corner;
    out += fold(
      c,
      [pt(cr.x + s * 0.05, cr.y + 0.06), pt(cr.x + s * 0.075, cr.y), pt(cr.x + s * 0.05, cr.y - 0.06)],
      wr(a14) * 1.0,
      0.022,
      0,
    );
    // corner bulge below (15) and stretch creases (20)
    const a15 = auAt(au, 15, side);
    out += fold(
      c,
      [pt(cr.x + s * 0.02, cr.y - 0.04), pt(cr.x + s * 0.07, cr.y - 0.12), pt(cr.x + s * 0.06, cr.y - 0.22)],
      wr(a15) * 0.7,
      0.02,
      0,
    );
    const a20 = auAt(au, 20, side);
    out += fold(
      c,
      [pt(cr.x + s * 0.05, cr.y + 0.05), pt(cr.x + s * 0.06, cr.y - 0.06)],
      wr(a20) * 0.55,
      0.016,
      0,
    );
  }
  // chin (17): dimpled boss and a raised crease under the lip
  const a17 = auMean(au, 17);
  const cb = g.center.chinBoss;
  if (a17 > 0.05) {
    let dots = '';
    for (let i = 0; i < 9; i++) {
      const x = cb.x + ((i % 3) - 1) * 0.09 + hash(i) * 0.02;
      const y = cb.y + (Math.floor(i / 3) - 1) * 0.06 + hash(i + 20) * 0.015;
      dots += ellipse(pt(x, y), 0.028, 0.018, '');
    }
    out += `<g fill="${c.pal.shade}" opacity="${op(wr(a17) * 0.6 * c.pal.lineBoost)}">${dots}</g>`;
  }
  out += fold(
    c,
    [
      pt(-0.16, g.center.loOut0.y - 0.09),
      pt(0, g.center.loOut0.y - 0.11 + 0.03 * a17),
      pt(0.16, g.center.loOut0.y - 0.09),
    ],
    0.25 + wr(a17) * 0.5 + wr(auMean(au, 24)) * 0.4,
    0.02,
    -0.018,
  );
  // pressed / tightened lips (24, 23): bulges above and below the lips
  const press = wr(auMean(au, 24)) * 0.8 + wr(auMean(au, 23)) * 0.4;
  if (press > 0.02) {
    const L = g.left;
    const R = g.right;
    const C = g.center;
    // arcs that run into the corners: the skin bulges around the pressed lips
    out += fold(
      c,
      [
        v({ x: R.corner.x + 0.03, y: R.corner.y + 0.035 }),
        v({ x: R.upOutMid.x, y: R.upOutMid.y + 0.065 }),
        v({ x: 0, y: C.upOut0.y + 0.075 }),
        v({ x: L.upOutMid.x, y: L.upOutMid.y + 0.065 }),
        v({ x: L.corner.x - 0.03, y: L.corner.y + 0.035 }),
      ],
      press * 0.6,
      0.02,
      0.016,
    );
    out += fold(
      c,
      [
        v({ x: R.corner.x + 0.03, y: R.corner.y - 0.04 }),
        v({ x: R.loOutMid.x, y: R.loOutMid.y - 0.06 }),
        v({ x: 0, y: C.loOut0.y - 0.065 }),
        v({ x: L.loOutMid.x, y: L.loOutMid.y - 0.06 }),
        v({ x: L.corner.x - 0.03, y: L.corner.y - 0.04 }),
      ],
      press * 0.55,
      0.02,
      -0.016,
    );
  }
  return out;
}

function eyes(c: Ctx): string {
  const { g, pal, id, au } = c;
  let out = '';
  const fem = id.presentation === 'feminine';
  for (const s of [1, -1] as const) {
    const p = s === 1 ? g.left : g.right;
    const side = sideOf(s);
    const up = [v(p.eyeIn), v(p.lidUp1), v(p.lidUp2), v(p.eyeOut)];
    const lo = [v(p.eyeOut), v(p.lidLo2), v(p.lidLo1), v(p.eyeIn)];
    const sclera = curve(up) + cont(lo) + 'Z';
    const clipId = s === 1 ? 20 : 21;
    out += `<clipPath id="${c.ref(clipId)}"><path d="${sclera}"/></clipPath>`;
    // upper lid skin between crease and lash line, with a soft lid shadow
    const creasePts = [
      v({ x: p.eyeIn.x + s * 0.01, y: p.eyeIn.y + 0.035 }),
      v(p.crease1),
      v(p.crease2),
      v({ x: p.eyeOut.x + s * 0.03, y: p.eyeOut.y + 0.02 }),
    ];
    out += path(
      curve(creasePts) + cont([...up].reverse().map((q, i) => (i === 0 ? creasePts[3]! : q))) + 'Z',
      `fill="${pal.shade}" opacity="0.4"`,
    );
    out += path(sclera, `fill="${c.url(5)}"`);
    const ic = pt(s * g.iris.x, g.iris.y);
    const r = g.iris.r;
    out +=
      `<g clip-path="${c.url(clipId)}">` +
      `<circle cx="${f(ic[0])}" cy="${f(ic[1])}" r="${px(r)}" fill="${c.url(6)}" stroke="${adjust(id.iris, -0.2)}" stroke-width="${px(0.012)}"/>` +
      `<circle cx="${f(ic[0])}" cy="${f(ic[1])}" r="${px(r * 0.42)}" fill="#0d0a09"/>` +
      `<circle cx="${f(ic[0] + 0.035 * S)}" cy="${f(ic[1] - 0.035 * S)}" r="${px(0.022)}" fill="#ffffff" opacity="0.92"/>` +
      path(curve(up), `fill="none" stroke="${pal.lid}" stroke-width="${px(0.06)}" opacity="0.35"`) +
      `</g>`;
    // lash line (thicker toward the outer corner), lower lid rim and line
    out += path(
      curve(up),
      `fill="none" stroke="${pal.lid}" stroke-width="${px(fem ? 0.03 : 0.024)}" stroke-linecap="round"`,
    );
    out += path(
      curve([
        v(p.lidUp2),
        v(p.eyeOut),
        v({ x: p.eyeOut.x + s * (fem ? 0.045 : 0.02), y: p.eyeOut.y + (fem ? 0.025 : 0.005) }),
      ]),
      `fill="none" stroke="${pal.lid}" stroke-width="${px(fem ? 0.026 : 0.02)}" stroke-linecap="round"`,
    );
    const tense = auAt(au, 7, side);
    // A tense lower lid (7) gets a firmer rim so the straightened lid reads at phone size.
    out += path(
      curve(lo),
      `fill="none" stroke="${pal.lid}" stroke-width="${px(0.012 + 0.014 * tense)}" opacity="${op(0.5 + 0.35 * tense)}"`,
    );
    out += path(
      curve(lo.map(([x, y]) => [x, y + 0.014 * S] as V)),
      `fill="none" stroke="${pal.edge}" stroke-width="${px(0.014)}" opacity="${op(0.45 + 0.3 * tense)}"`,
    );
    // crease (deeper with 5 because the lid folds away; hooding with age)
    out += path(
      curve(creasePts),
      `fill="none" stroke="${pal.line}" stroke-width="${px(0.016)}" stroke-linecap="round" opacity="${op(0.55 * pal.lineBoost)}"`,
    );
    if (id.age > 0.5) {
      const hood = (id.age - 0.5) * 2;
      const hp = [v(p.crease1), v(p.crease2), v({ x: p.eyeOut.x + s * 0.04, y: p.eyeOut.y + 0.0 })];
      out += path(
        curve([
          v({ x: p.crease1.x, y: p.crease1.y + 0.03 }),
          v({ x: p.crease2.x, y: p.crease2.y + 0.03 }),
          v({ x: p.eyeOut.x + s * 0.09, y: p.eyeOut.y + 0.05 }),
        ]) +
          cont([v({ x: p.eyeOut.x + s * 0.09, y: p.eyeOut.y + 0.05 }), hp[2]!, hp[1]!, hp[0]!]) +
          'Z',
        `fill="${pal.skin}" opacity="${op(0.8 * hood)}"`,
      );
      out += path(
        curve(hp),
        `fill="none" stroke="${pal.line}" stroke-width="${px(0.014)}" opacity="${op(0.5 * hood * pal.lineBoost)}"`,
      );
    }
  }
  return out;
}

function brows(c: Ctx): string {
  const { g, pal, id } = c;
  let out = '';
  for (const s of [1, -1] as const) {
    const p = s === 1 ? g.left : g.right;
    // brow heads bunch up (thicker) when pulled down and together
    const bunch = 1 + 0.35 * auAt(c.au, 4, sideOf(s));
    const tail: Pt = { x: p.browOut.x + s * 0.07, y: p.browOut.y - 0.06 };
    const ctrl = [v(p.browIn), v(p.browMid), v(p.browOut), v(tail)];
    // sample the centre line
    const samples: V[] = [];
    const N = 18;
    for (let i = 0; i <= N; i++) {
      const t = (i / N) * 3;
      const k = Math.min(2, Math.floor(t));
      const u = t - k;
      const p0 = ctrl[Math.max(0, k - 1)]!;
      const p1 = ctrl[k]!;
      const p2 = ctrl[k + 1]!;
      const p3 = ctrl[Math.min(3, k + 2)]!;
      const cr = (a: number, b: number, cc: number, d: number): number =>
        0.5 *
        (2 * b +
          (-a + cc) * u +
          (2 * a - 5 * b + 4 * cc - d) * u * u +
          (-a + 3 * b - 3 * cc + d) * u * u * u);
      samples.push([cr(p0[0], p1[0], p2[0], p3[0]), cr(p0[1], p1[1], p2[1], p3[1])]);
    }
    const top: V[] = [];
    const bot: V[] = [];
    for (let i = 0; i <= N; i++) {
      const a = samples[Math.max(0, i - 1)]!;
      const b = samples[Math.min(N, i + 1)]!;
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const len = Math.hypot(dx, dy) || 1;
      let nx = -dy / len;
      let ny = dx / len;
      if (ny > 0) {
        nx = -nx;
        ny = -ny;
      }
      const t = i / N;
      const th = S * id.browThickness * (0.1 * bunch * Math.pow(1 - t, 0.7) + 0.026) * (i === 0 ? 0.8 : 1);
      const q = samples[i]!;
      top.push([q[0] + nx * th * 0.55, q[1] + ny * th * 0.55]);
      bot.push([q[0] - nx * th * 0.45, q[1] - ny * th * 0.45]);
    }
    const d = curve(top) + `L${f(bot[N]![0])} ${f(bot[N]![1])}` + cont([...bot].reverse()) + 'Z';
    out += path(d, `fill="${pal.brow}" opacity="0.93"`);
    // a few hair strokes at the head of the brow
    let hairs = '';
    for (let i = 0; i < 5; i++) {
      const q = samples[i + 1]!;
      hairs += `M${f(q[0] - s * 1)} ${f(q[1] + 3)}l${f(s * 3)} ${f(-6)}`;
    }
    out += path(
      hairs,
      `fill="none" stroke="${pal.brow}" stroke-width="${px(0.012)}" stroke-linecap="round" opacity="0.7"`,
    );
  }
  return out;
}

function nose(c: Ctx): string {
  const { g, pal, id } = c;
  const nt = g.center.noseTip;
  const nw = id.noseWidth;
  let out = '';
  out += ellipse(v({ x: 0.01, y: nt.y + 0.05 }), 0.085 * nw, 0.075, `fill="${c.url(4)}" opacity="0.9"`);
  for (const s of [1, -1] as const) {
    const p = s === 1 ? g.left : g.right;
    const a = p.alar;
    // wings flare as they rise (9): wider nostrils and a deeper groove around the wing
    const flare = Math.max(0, Math.abs(a.x) - Math.abs((s === 1 ? c.n.left : c.n.right).alar.x)) / 0.04;
    // ala: soft fill + crease around the wing
    out += ellipse(
      v({ x: a.x - s * 0.03, y: a.y - 0.03 }),
      0.07 + 0.015 * flare,
      0.06,
      `fill="${c.url(3)}" opacity="${op(0.7 + 0.25 * flare)}"`,
    );
    out += path(
      curve([
        v({ x: s * 0.12 * nw, y: a.y + 0.1 }),
        v({ x: a.x + s * 0.03, y: a.y + 0.01 }),
        v({ x: a.x, y: a.y - 0.07 }),
        v({ x: s * 0.12 * nw, y: a.y - 0.105 }),
      ]),
      `fill="none" stroke="${pal.line}" stroke-width="${px(0.018 + 0.008 * flare)}" stroke-linecap="round" opacity="${op((0.5 + 0.3 * flare) * pal.lineBoost)}"`,
    );
    out += ellipse(
      v({ x: s * (0.085 * nw + 0.015 * flare), y: (a.y + nt.y) / 2 - 0.115 }),
      0.048 * nw * (1 + 0.25 * flare),
      0.022 * (1 + 0.3 * flare),
      `fill="${pal.lid}" opacity="0.72"`,
      -s * 14,
    );
  }
  out += path(
    curve([v({ x: -0.06, y: nt.y - 0.085 }), v({ x: 0, y: nt.y - 0.115 }), v({ x: 0.06, y: nt.y - 0.085 })]),
    `fill="none" stroke="${pal.shade}" stroke-width="${px(0.02)}" stroke-linecap="round" opacity="0.6"`,
  );
  // philtrum
  const up0 = g.center.upOut0;
  for (const s of [1, -1] as const) {
    out += path(
      curve([pt(s * 0.045, nt.y - 0.15), pt(s * 0.07, up0.y + 0.03)]),
      `fill="none" stroke="${pal.shade}" stroke-width="${px(0.025)}" stroke-linecap="round" opacity="0.45"`,
    );
  }
  out += ellipse(v({ x: 0, y: (nt.y - 0.15 + up0.y) / 2 }), 0.03, 0.07, `fill="${c.url(4)}" opacity="0.5"`);
  return out;
}

function mouth(c: Ctx): string {
  const { g, pal, id } = c;
  const L = g.left;
  const R = g.right;
  const C = g.center;
  const upperOuter = [
    v(R.corner),
    v(R.upOutMid),
    v(R.upOutPeak),
    v(C.upOut0),
    v(L.upOutPeak),
    v(L.upOutMid),
    v(L.corner),
  ];
  const upperInner = [v(L.corner), v(L.upInMid), v(C.upIn0), v(R.upInMid), v(R.corner)];
  const lowerInner = [v(R.corner), v(R.loInMid), v(C.loIn0), v(L.loInMid), v(L.corner)];
  const lowerOuter = [v(L.corner), v(L.loOutMid), v(C.loOut0), v(R.loOutMid), v(R.corner)];
  const cavity = curve(upperInner) + cont(lowerInner) + 'Z';
  const gapC = C.upIn0.y - C.loIn0.y;
  const gapL = L.upInMid.y - L.loInMid.y;
  const gapR = R.upInMid.y - R.loInMid.y;
  const open = Math.max(gapC, gapL, gapR) > 0.006;
  let out = `<clipPath id="${c.ref(22)}"><path d="${cavity}"/></clipPath>`;
  if (open) {
    const my = mouthY(id);
    const jaw = C.chinBottom.y - c.n.center.chinBottom.y;
    const mw = id.mouthWidth;
    const teethTop = my + 0.25;
    const edge = my - 0.06;
    const upperTeeth =
      `M${f(X(-0.46 * mw))} ${f(Y(teethTop))}L${f(X(0.46 * mw))} ${f(Y(teethTop))}` +
      `L${f(X(0.46 * mw))} ${f(Y(edge + 0.07))}` +
      cont([
        pt(0.46 * mw, edge + 0.07),
        pt(0.3 * mw, edge + 0.02),
        pt(0, edge),
        pt(-0.3 * mw, edge + 0.02),
        pt(-0.46 * mw, edge + 0.07),
      ]) +
      'Z';
    const le = my - 0.1 + jaw;
    const lowerTeeth =
      `M${f(X(-0.42 * mw))} ${f(Y(le - 0.3))}L${f(X(0.42 * mw))} ${f(Y(le - 0.3))}` +
      `L${f(X(0.42 * mw))} ${f(Y(le + 0.04))}` +
      cont([
        pt(0.42 * mw, le + 0.04),
        pt(0.25 * mw, le + 0.008),
        pt(0, le),
        pt(-0.25 * mw, le + 0.008),
        pt(-0.42 * mw, le + 0.04),
      ]) +
      'Z';
    let gaps = '';
    for (const x of [0.075, 0.16, 0.24, 0.32]) {
      for (const s of [1, -1]) {
        gaps += `M${f(X(s * x * mw))} ${f(Y(edge + 0.12))}L${f(X(s * x * mw))} ${f(Y(edge + 0.01 + x * 0.05))}`;
        gaps += `M${f(X(s * x * 0.85 * mw))} ${f(Y(le + 0.005 + x * 0.04))}L${f(X(s * x * 0.85 * mw))} ${f(Y(le - 0.1))}`;
      }
    }
    out +=
      path(cavity, `fill="${c.url(12)}"`) +
      `<g clip-path="${c.url(22)}">` +
      ellipse(pt(0, my - 0.22 + jaw * 0.8), 0.26 * mw, 0.1, `fill="#a4505a"`) +
      path(lowerTeeth, `fill="${c.url(9)}"`) +
      path(upperTeeth, `fill="${c.url(9)}"`) +
      path(gaps, `fill="none" stroke="#b8ada0" stroke-width="${px(0.008)}" opacity="0.7"`) +
      path(curve(upperInner), `fill="none" stroke="#2a0d0f" stroke-width="${px(0.05)}" opacity="0.35"`) +
      path(curve(lowerInner), `fill="none" stroke="#2a0d0f" stroke-width="${px(0.03)}" opacity="0.25"`) +
      `</g>`;
  }
  const upperLip = curve(upperOuter) + cont(upperInner) + 'Z';
  const lowerLip = curve(lowerOuter) + cont(lowerInner) + 'Z';
  out += path(lowerLip, `fill="${c.url(8)}"`);
  out += path(upperLip, `fill="${c.url(7)}"`);
  // vermilion border, lower-lip sheen
  out += path(
    curve(upperOuter),
    `fill="none" stroke="${pal.lipDark}" stroke-width="${px(0.01)}" opacity="0.5"`,
  );
  out += path(
    curve(upperOuter.map(([x, y]) => [x, y - 0.014 * S] as V).slice(1, -1)),
    `fill="none" stroke="${pal.edge}" stroke-width="${px(0.012)}" opacity="0.4"`,
  );
  out += ellipse(
    v({ x: 0.03, y: (C.loIn0.y + C.loOut0.y) / 2 + 0.012 }),
    0.1,
    0.022,
    `fill="#ffffff" opacity="${op(0.18 + 0.17 * c.dark)}"`,
  );
  // line between the lips and corner shadows
  out += path(
    curve(upperInner),
    `fill="none" stroke="${pal.lipLine}" stroke-width="${px(open ? 0.012 : 0.02)}" stroke-linecap="round" opacity="0.9"`,
  );
  for (const p of [L.corner, R.corner]) {
    out += `<circle cx="${f(X(p.x))}" cy="${f(Y(p.y))}" r="${px(0.022)}" fill="${pal.lipLine}" opacity="0.45"/>`;
  }
  return out;
}

function facialHair(c: Ctx): string {
  const { g, id, pal } = c;
  if (id.facialHair === 'none') return '';
  const L = g.left;
  const R = g.right;
  const C = g.center;
  const W = id.cheekWidth;
  const nt = C.noseTip;
  const mTop = (x: number): number => Math.min(nt.y - 0.13, C.upOut0.y + 0.14 - 0.5 * x * x);
  const moustache =
    curve([
      v({ x: R.corner.x - 0.02, y: R.corner.y + 0.025 }),
      v({ x: R.upOutMid.x, y: R.upOutMid.y + 0.015 }),
      v({ x: 0, y: C.upOut0.y + 0.02 }),
      v({ x: L.upOutMid.x, y: L.upOutMid.y + 0.015 }),
      v({ x: L.corner.x + 0.02, y: L.corner.y + 0.025 }),
    ]) +
    cont([
      v({ x: L.corner.x + 0.02, y: L.corner.y + 0.025 }),
      v({ x: L.corner.x - 0.02, y: L.corner.y + 0.1 }),
      v({ x: 0.22, y: mTop(0.22) }),
      v({ x: 0, y: mTop(0) }),
      v({ x: -0.22, y: mTop(0.22) }),
      v({ x: R.corner.x + 0.02, y: R.corner.y + 0.1 }),
      v({ x: R.corner.x - 0.02, y: R.corner.y + 0.025 }),
    ]) +
    'Z';
  const beardPts = (extra: number): string =>
    closedCurve([
      pt(-W + 0.03, -0.45),
      pt(-W + 0.14, -0.85),
      v({ x: R.nlBot.x - 0.05, y: R.nlBot.y + 0.05 }),
      v({ x: R.loOutMid.x, y: R.loOutMid.y - 0.06 }),
      v({ x: 0, y: C.loOut0.y - 0.06 }),
      v({ x: L.loOutMid.x, y: L.loOutMid.y - 0.06 }),
      v({ x: L.nlBot.x + 0.05, y: L.nlBot.y + 0.05 }),
      pt(W - 0.14, -0.85),
      pt(W - 0.03, -0.45),
      v({ x: L.jaw.x + 0.06, y: L.jaw.y - 0.1 * extra }),
      v({ x: L.chinSide.x + 0.05 + 0.05 * extra, y: L.chinSide.y - 0.2 * extra }),
      v({ x: 0, y: C.chinBottom.y - 0.32 * extra - 0.03 }),
      v({ x: R.chinSide.x - 0.05 - 0.05 * extra, y: R.chinSide.y - 0.2 * extra }),
      v({ x: R.jaw.x - 0.06, y: R.jaw.y - 0.1 * extra }),
    ]);
  const hairFill = `fill="${pal.hair}"`;
  switch (id.facialHair) {
    case 'stubble':
      return (
        `<g clip-path="${c.url(23)}" opacity="0.22">` +
        path(beardPts(0), `fill="${pal.hairDark}"`) +
        path(moustache, `fill="${pal.hairDark}"`) +
        `</g>`
      );
    case 'moustache':
      return (
        path(moustache, `${hairFill} opacity="0.95"`) +
        path(moustache, `fill="none" stroke="${pal.hairDark}" stroke-width="${px(0.015)}" opacity="0.5"`)
      );
    case 'goatee': {
      const goatee = closedCurve([
        v({ x: R.loOutMid.x, y: R.loOutMid.y - 0.05 }),
        v({ x: 0, y: C.loOut0.y - 0.04 }),
        v({ x: L.loOutMid.x, y: L.loOutMid.y - 0.05 }),
        v({ x: L.chinSide.x * 0.7, y: C.chinBottom.y + 0.08 }),
        v({ x: 0, y: C.chinBottom.y - 0.06 }),
        v({ x: R.chinSide.x * 0.7, y: C.chinBottom.y + 0.08 }),
      ]);
      return path(goatee, `${hairFill} opacity="0.92"`) + path(moustache, `${hairFill} opacity="0.85"`);
    }
    case 'short-beard':
      return path(beardPts(0.4), `${hairFill} opacity="0.85"`) + path(moustache, `${hairFill} opacity="0.9"`);
    case 'beard':
      return (
        path(beardPts(1), `${hairFill} opacity="0.95"`) +
        path(moustache, `${hairFill} opacity="0.95"`) +
        path(beardPts(1), `fill="none" stroke="${pal.hairDark}" stroke-width="${px(0.02)}" opacity="0.4"`)
      );
  }
}

/**
 * Renders the layers of a face. Static layers (background, hair, neck, ears, accessories) depend only
 * on the identity; `au` layers carry everything the Action Units move.
 */
export function renderFaceLayers(identity: Identity, au: AuValues, options: RenderOptions = {}): Layer[] {
  const prefix = options.idPrefix ?? 'g';
  const c: Ctx = {
    id: identity,
    dark: smooth(0.75, 0.35, SKIN_TONES[Math.max(0, Math.min(SKIN_TONES.length - 1, identity.skin))]!.l),
    pal: palette(identity),
    g: faceGeometry(identity, au),
    n: neutralGeometry(identity),
    au,
    ref: (k) => `${prefix}${k}`,
    url: (k) => `url(#${prefix}${k})`,
  };
  const hair = hairShapes(c);
  return [
    { kind: 'static', svg: defs(c) + background(c) + headwearBack(c) + hair.back + neckAndBody(c) + ears(c) },
    {
      kind: 'au',
      svg:
        faceLayer(c) +
        `<g filter="${c.url(18)}">${wrinkles(c)}</g>` +
        eyes(c) +
        brows(c) +
        nose(c) +
        facialHair(c) +
        mouth(c),
    },
    { kind: 'static', svg: hair.front + glasses(c) + headwearFront(c) },
  ];
}

/**
 * Renders `identity` showing `au` as a standalone SVG string (viewBox 0 0 512 512). Pure and
 * deterministic: the same inputs always give the same bytes.
 */
export function renderFace(identity: Identity, au: AuValues, options: RenderOptions = {}): string {
  const size = options.size ?? VIEWBOX;
  const body = renderFaceLayers(identity, au, options)
    .map((l) => l.svg)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEWBOX} ${VIEWBOX}" width="${size}" height="${size}">${body}</svg>`;
}
