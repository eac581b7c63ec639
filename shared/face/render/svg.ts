/**
 * SVG path maths and element helpers shared by every painter. Painters work in the face frame of
 * `geometry` (origin between the eyes, unit = pupil distance, y up); these helpers map it onto the
 * 512 × 512 viewBox and print numbers with one decimal so the output stays small and stable.
 */
import type { Pt } from '../geometry';

/** The fixed viewBox size. */
export const VIEWBOX = 512;
/** Pixels per face unit (eye distance). */
export const S = 88;
const OX = 256;
const OY = 222;

/** A point in viewBox pixels. */
export type V = [number, number];

/** Prints a number with one decimal (never `-0`). */
export function f(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}
/** Face-frame x to viewBox x. */
export const X = (x: number): number => OX + x * S;
/** Face-frame y to viewBox y (the frame's y points up, the viewBox's down). */
export const Y = (y: number): number => OY - y * S;
/** A geometry point in viewBox pixels. */
export const v = (p: Pt): V => [X(p.x), Y(p.y)];
/** Face-frame coordinates in viewBox pixels. */
export const pt = (x: number, y: number): V => [X(x), Y(y)];
/** A face-frame length in pixels, printed. */
export const px = (u: number): string => f(u * S);

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
export function curve(pts: V[]): string {
  return `M${f(pts[0]![0])} ${f(pts[0]![1])}${segs(pts, false)}`;
}
/** Continues the current path smoothly through pts (pts[0] must be the current point). */
export function cont(pts: V[]): string {
  return segs(pts, false);
}
/** Smooth closed curve. */
export function closedCurve(pts: V[]): string {
  return `M${f(pts[0]![0])} ${f(pts[0]![1])}${segs(pts, true)}Z`;
}
/** A `<path>` element. */
export function path(d: string, attrs: string): string {
  return `<path d="${d}" ${attrs}/>`;
}
/** An `<ellipse>` centred at `c` with radii in face units, optionally rotated by `rot` degrees. */
export function ellipse(c: V, rx: number, ry: number, attrs: string, rot = 0): string {
  const t = rot ? ` transform="rotate(${f(rot)} ${f(c[0])} ${f(c[1])})"` : '';
  return `<ellipse cx="${f(c[0])}" cy="${f(c[1])}" rx="${px(rx)}" ry="${px(ry)}"${t} ${attrs}/>`;
}
/** An opacity clamped to 0..1 and printed with two decimals. */
export function op(o: number): string {
  return (Math.round(Math.max(0, Math.min(1, o)) * 100) / 100).toString();
}
/** Smoothstep from `a` to `b` (works with `a > b` for a falling edge). */
export function smooth(a: number, b: number, x: number): number {
  const t = Math.max(0, Math.min(1, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
}
/** Deterministic pseudo-noise in -1..1 from an integer (no randomness at run time). */
export function hash(i: number): number {
  let x = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return ((x >>> 0) / 0xffffffff) * 2 - 1;
}
