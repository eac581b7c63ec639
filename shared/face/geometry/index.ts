/**
 * Face geometry: control points in a face-normalised frame (origin between the eyes, unit = distance
 * between the pupils, x = subject's left (viewer's right) positive, y up). Geometry is the identity's
 * neutral plus a sum of per-AU displacements linear in intensity, then clamped so no lid or lip crosses
 * another. The displacement table is data (`AU_DISPLACEMENTS`) so tests and docs can read it.
 */
import type { AuValues, Side } from '../action-units';
import { ACTION_UNITS, auAt } from '../action-units';
import type { Identity } from '../identities';
import { AU_DISPLACEMENTS } from './displacements';
import type { CenterPoint, FaceGeometry, Pt, SidePoint } from './points';

export { AU_DISPLACEMENTS } from './displacements';
export type { AuDisplacement } from './displacements';
export { CENTER_POINTS, SIDE_POINTS } from './points';
export type { CenterPoint, FaceGeometry, Pt, SidePoint } from './points';

/** Derived sizes of an identity that the renderer also needs. */
export function mouthY(identity: Identity): number {
  return -0.64 * identity.noseLength - 0.46;
}

/** Neutral control points of an identity (before any AU). */
export function neutralGeometry(identity: Identity): FaceGeometry {
  const es = identity.eyeSize;
  const ew = 0.48 * es;
  const nw = identity.noseWidth;
  const nl = identity.noseLength;
  const mw = identity.mouthWidth;
  const thin = 1 - 0.25 * identity.age;
  const lu = identity.lips * thin;
  const ll = identity.lips * thin;
  const my = mouthY(identity);
  const creaseH = 0.02 + 0.06 * identity.crease - 0.015 * identity.age;
  const side = (s: 1 | -1): Record<SidePoint, Pt> => {
    const a = s === 1 ? identity.browAsym : -identity.browAsym;
    const p = (x: number, y: number): Pt => ({ x: s * x, y });
    return {
      browIn: p(0.19, 0.31 + a),
      browMid: p(0.5, 0.395 + a),
      browOut: p(0.83, 0.345 + a),
      eyeIn: p(0.5 - ew / 2, -0.005),
      eyeOut: p(0.5 + ew / 2, 0.012 + identity.eyeTilt),
      lidUp1: p(0.5 - 0.09 * es, 0.09 * es + identity.eyeTilt * 0.2),
      lidUp2: p(0.5 + 0.08 * es, 0.089 * es + identity.eyeTilt * 0.6),
      lidLo1: p(0.5 - 0.085 * es, -0.078 * es),
      lidLo2: p(0.5 + 0.09 * es, -0.07 * es + identity.eyeTilt * 0.5),
      crease1: p(0.5 - 0.095 * es, 0.09 * es + creaseH),
      crease2: p(0.5 + 0.09 * es, 0.089 * es + creaseH + identity.eyeTilt * 0.5),
      cheek: p(0.6, -0.5),
      alar: p(0.2 * nw, -0.64 * nl),
      nlTop: p(0.26 * nw + 0.04, -0.6 * nl),
      nlBot: p(0.53 * mw, my - 0.1),
      corner: p(0.41 * mw, my + 0.008),
      upOutPeak: p(0.085, my + 0.118 * lu),
      upOutMid: p(0.25 * mw, my + 0.075 * lu),
      upInMid: p(0.2 * mw, my + 0.002),
      loInMid: p(0.2 * mw, my + 0.002),
      loOutMid: p(0.24 * mw, my - 0.115 * ll),
      jaw: p(identity.jawWidth, -1.22),
      chinSide: p(identity.chinWidth, -identity.chinDepth + 0.33),
    };
  };
  return {
    left: side(1),
    right: side(-1),
    center: {
      glabella: { x: 0, y: 0.26 },
      noseTip: { x: 0, y: -0.58 * nl },
      upOut0: { x: 0, y: my + 0.095 * lu },
      upIn0: { x: 0, y: my },
      loIn0: { x: 0, y: my },
      loOut0: { x: 0, y: my - 0.15 * ll },
      chinBoss: { x: 0, y: -identity.chinDepth + 0.42 },
      chinBottom: { x: 0, y: -identity.chinDepth + 0.2 },
    },
    iris: { x: 0.5, y: 0.0, r: 0.113 * es },
  };
}

/**
 * Control points of `identity` showing `au`: neutral + Σ intensity × displacement, then clamped
 * (lower lid stays below the upper lid, crease between lid and brow, lips never cross, lips keep a
 * minimum thickness). Pure; the renderer draws exactly these points.
 */
export function faceGeometry(identity: Identity, au: AuValues): FaceGeometry {
  const g = neutralGeometry(identity);
  for (const unit of ACTION_UNITS) {
    const v = au[unit];
    if (!v || (v.left <= 0 && v.right <= 0)) continue;
    const disp = AU_DISPLACEMENTS[unit];
    for (const [sideName, s] of [
      ['left', 1],
      ['right', -1],
    ] as const) {
      const k = auAt(au, unit, sideName as Side);
      if (k <= 0 || !disp.side) continue;
      for (const [name, d] of Object.entries(disp.side) as [SidePoint, readonly [number, number]][]) {
        const p = g[sideName][name];
        p.x += s * d[0] * k;
        p.y += d[1] * k;
      }
    }
    if (disp.center) {
      const k = (v.left + v.right) / 2;
      for (const [name, d] of Object.entries(disp.center) as [CenterPoint, readonly [number, number]][]) {
        g.center[name].y += d[1] * k;
      }
    }
  }
  clampGeometry(g);
  return g;
}

function clampGeometry(g: FaceGeometry): void {
  const c = g.center;
  for (const sideName of ['left', 'right'] as const) {
    const p = g[sideName];
    const s = sideName === 'left' ? 1 : -1;
    // Eyes: crease below the brow, lid below the crease, lower lid below the upper lid.
    p.crease1.y = Math.min(p.crease1.y, lerp(p.browIn.y, p.browMid.y, 0.6) - 0.03);
    p.crease2.y = Math.min(p.crease2.y, lerp(p.browMid.y, p.browOut.y, 0.4) - 0.045);
    p.lidUp1.y = Math.min(p.lidUp1.y, p.crease1.y - 0.008);
    p.lidUp2.y = Math.min(p.lidUp2.y, p.crease2.y - 0.008);
    p.lidLo1.y = Math.min(p.lidLo1.y, p.lidUp1.y - 0.018);
    p.lidLo2.y = Math.min(p.lidLo2.y, p.lidUp2.y - 0.018);
    // Brows never cross the midline.
    p.browIn.x = s * Math.max(0.09, s * p.browIn.x);
    // Lips: inner contours never cross; keep a minimum red-lip thickness; corners stay outside.
    if (p.loInMid.y > p.upInMid.y) {
      const m = (p.loInMid.y + p.upInMid.y) / 2;
      p.loInMid.y = m;
      p.upInMid.y = m;
    }
    p.upOutMid.y = Math.max(p.upOutMid.y, p.upInMid.y + 0.022);
    p.upOutPeak.y = Math.max(p.upOutPeak.y, lerp(c.upIn0.y, p.upInMid.y, 0.4) + 0.028);
    p.loOutMid.y = Math.min(p.loOutMid.y, p.loInMid.y - 0.028);
    const minCorner = Math.max(s * p.upInMid.x, s * p.loInMid.x) + 0.05;
    p.corner.x = s * Math.max(s * p.corner.x, minCorner);
  }
  if (c.loIn0.y > c.upIn0.y) {
    const m = (c.loIn0.y + c.upIn0.y) / 2;
    c.loIn0.y = m;
    c.upIn0.y = m;
  }
  c.upOut0.y = Math.max(c.upOut0.y, c.upIn0.y + 0.022);
  c.loOut0.y = Math.min(c.loOut0.y, c.loIn0.y - 0.035);
  c.chinBoss.y = Math.min(c.chinBoss.y, c.loOut0.y - 0.12);
}

function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/** Vertical gap between the inner lip contours at the midline (0 = closed). */
export function mouthOpening(g: FaceGeometry): number {
  return Math.max(0, g.center.upIn0.y - g.center.loIn0.y);
}
