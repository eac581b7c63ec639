/**
 * Face geometry: control points in a face-normalised frame (origin between the eyes, unit = distance
 * between the pupils, x = subject's left (viewer's right) positive, y up). Geometry is the identity's
 * neutral plus a sum of per-AU displacements linear in intensity, then clamped so no lid or lip crosses
 * another. The displacement table is data (`AU_DISPLACEMENTS`) so tests and docs can read it.
 */
import type { ActionUnit, AuValues, Side } from './action-units';
import { ACTION_UNITS, auAt } from './action-units';
import type { Identity } from './identities';

/** A point in the face frame. */
export interface Pt {
  /** Horizontal position; positive = subject's left (viewer's right). */
  x: number;
  /** Vertical position; positive = up. */
  y: number;
}

/** Names of the paired control points (one per side). */
export const SIDE_POINTS = [
  'browIn',
  'browMid',
  'browOut',
  'eyeIn',
  'eyeOut',
  'lidUp1',
  'lidUp2',
  'lidLo1',
  'lidLo2',
  'crease1',
  'crease2',
  'cheek',
  'alar',
  'nlTop',
  'nlBot',
  'corner',
  'upOutPeak',
  'upOutMid',
  'upInMid',
  'loInMid',
  'loOutMid',
  'jaw',
  'chinSide',
] as const;
/** A paired control point name. */
export type SidePoint = (typeof SIDE_POINTS)[number];

/** Names of the midline control points. */
export const CENTER_POINTS = [
  'glabella',
  'noseTip',
  'upOut0',
  'upIn0',
  'loIn0',
  'loOut0',
  'chinBoss',
  'chinBottom',
] as const;
/** A midline control point name. */
export type CenterPoint = (typeof CENTER_POINTS)[number];

/** Control points of one face. `left`/`right` are the subject's sides (left has x > 0). */
export interface FaceGeometry {
  /** Subject's left side points (x > 0). */
  left: Record<SidePoint, Pt>;
  /** Subject's right side points (x < 0). */
  right: Record<SidePoint, Pt>;
  /** Midline points. */
  center: Record<CenterPoint, Pt>;
  /** Iris centre of the left eye (the right eye mirrors it) and iris radius. */
  iris: { x: number; y: number; r: number };
}

/** One AU's displacement at intensity 1: [dx away from the midline, dy up] per control point. */
export interface AuDisplacement {
  /** Paired points, displaced by that side's intensity (dx is mirrored per side). */
  side?: Partial<Record<SidePoint, readonly [number, number]>>;
  /** Midline points, displaced by the mean of both sides' intensities (dx unused). */
  center?: Partial<Record<CenterPoint, readonly [number, number]>>;
}

/** Per-AU displacements at intensity 1.0, in eye-distance units (facs-faces.md, "What each AU does"). */
export const AU_DISPLACEMENTS: Readonly<Record<ActionUnit, AuDisplacement>> = {
  1: {
    side: {
      browIn: [0.0, 0.2],
      browMid: [0, 0.075],
      browOut: [0, -0.01],
      crease1: [0, 0.035],
      lidUp1: [0, 0.012],
    },
  },
  2: {
    side: {
      browIn: [0, 0.025],
      browMid: [0.0, 0.12],
      browOut: [0.02, 0.15],
      crease2: [0, 0.03],
      lidUp2: [0, 0.01],
    },
  },
  4: {
    // Inner end drops most and slides toward the midline: a clear V, not a level "stern" brow.
    side: {
      browIn: [-0.12, -0.21],
      browMid: [-0.06, -0.12],
      browOut: [-0.015, -0.03],
      crease1: [0, -0.015],
      crease2: [0, -0.01],
      lidUp1: [0, -0.01],
      lidUp2: [0, -0.006],
    },
    center: { glabella: [0, -0.05] },
  },
  5: {
    side: {
      // enough lift to bare a clear band of white above the iris (the glare/stare cue)
      lidUp1: [0, 0.1],
      lidUp2: [0, 0.095],
      crease1: [0, 0.045],
      crease2: [0, 0.045],
      eyeOut: [0, 0.008],
    },
  },
  6: {
    side: {
      cheek: [0.02, 0.1],
      lidLo1: [0, 0.045],
      lidLo2: [0, 0.055],
      eyeOut: [0, 0.012],
      browOut: [0, -0.025],
      lidUp2: [0, -0.012],
      crease2: [0, -0.012],
      nlBot: [0.02, 0.03],
      nlTop: [0.01, 0.015],
    },
  },
  7: {
    side: {
      lidLo1: [0, 0.07],
      lidLo2: [0, 0.065],
      eyeIn: [0, 0.01],
      lidUp1: [0, -0.012],
      lidUp2: [0, -0.012],
    },
  },
  9: {
    side: {
      alar: [0.04, 0.08],
      nlTop: [0.03, 0.08],
      browIn: [-0.02, -0.05],
      browMid: [0, -0.02],
      lidLo1: [0, 0.035],
      lidLo2: [0, 0.025],
      cheek: [0, 0.06],
      upOutPeak: [0, 0.06],
      upOutMid: [0, 0.045],
      upInMid: [0, 0.04],
      crease1: [0, -0.015],
    },
    center: { noseTip: [0, 0.03], upOut0: [0, 0.06], upIn0: [0, 0.05], glabella: [0, -0.04] },
  },
  10: {
    side: {
      alar: [0.01, 0.035],
      nlTop: [0.015, 0.04],
      upOutPeak: [0, 0.12],
      upOutMid: [0.01, 0.085],
      upInMid: [0, 0.085],
      corner: [0, 0.02],
      nlBot: [0, 0.03],
    },
    center: { upOut0: [0, 0.12], upIn0: [0, 0.115], noseTip: [0, 0.01] },
  },
  12: {
    side: {
      corner: [0.1, 0.17],
      upOutMid: [0.065, 0.1],
      upOutPeak: [0.02, 0.015],
      upInMid: [0.065, 0.085],
      loInMid: [0.055, 0.05],
      loOutMid: [0.055, 0.065],
      nlBot: [0.07, 0.08],
      nlTop: [0.02, 0.02],
      cheek: [0.02, 0.06],
      lidLo1: [0, 0.012],
      lidLo2: [0, 0.018],
      alar: [0.01, 0.01],
    },
  },
  14: {
    side: {
      corner: [-0.05, 0.02],
      upOutMid: [-0.02, 0.005],
      loOutMid: [-0.02, 0.005],
      upInMid: [-0.02, 0.01],
    },
  },
  15: {
    side: {
      corner: [0.01, -0.12],
      upOutMid: [0, -0.05],
      upInMid: [0, -0.045],
      loInMid: [0, -0.045],
      loOutMid: [0, -0.05],
      nlBot: [0, -0.04],
    },
  },
  16: {
    side: { loInMid: [0.01, -0.08], loOutMid: [0.01, -0.07] },
    center: { loIn0: [0, -0.1], loOut0: [0, -0.085] },
  },
  17: {
    side: { corner: [0, -0.03], loOutMid: [0, 0.035], loInMid: [0, 0.025] },
    center: {
      chinBoss: [0, 0.09],
      loOut0: [0, 0.065],
      loIn0: [0, 0.04],
      upIn0: [0, 0.015],
      upOut0: [0, 0.01],
    },
  },
  20: {
    side: {
      corner: [0.17, -0.035],
      upOutMid: [0.11, -0.03],
      upOutPeak: [0.035, -0.012],
      upInMid: [0.11, -0.008],
      loInMid: [0.105, 0.008],
      loOutMid: [0.1, 0.04],
      nlBot: [0.07, -0.025],
      jaw: [0.01, 0],
    },
    center: { upOut0: [0, -0.012], loOut0: [0, 0.035] },
  },
  23: {
    side: { corner: [-0.035, 0], upOutPeak: [0, -0.05], upOutMid: [0, -0.035], loOutMid: [0, 0.045] },
    center: { upOut0: [0, -0.05], loOut0: [0, 0.06] },
  },
  24: {
    side: {
      corner: [-0.03, -0.02],
      upOutPeak: [0, -0.08],
      upOutMid: [0, -0.055],
      loOutMid: [0, 0.075],
      upInMid: [0, -0.01],
      loInMid: [0, -0.01],
    },
    center: { upOut0: [0, -0.08], loOut0: [0, 0.1], upIn0: [0, -0.008], loIn0: [0, -0.008] },
  },
  25: {
    side: { upInMid: [0, 0.04], loInMid: [0, -0.075], loOutMid: [0, -0.06] },
    center: { upIn0: [0, 0.045], loIn0: [0, -0.1], loOut0: [0, -0.08] },
  },
  26: {
    side: {
      corner: [-0.045, -0.07],
      upInMid: [-0.01, 0.02],
      loInMid: [-0.02, -0.24],
      loOutMid: [-0.02, -0.25],
      upOutMid: [-0.015, -0.005],
      nlBot: [-0.02, -0.06],
      jaw: [0, -0.08],
      chinSide: [0, -0.27],
    },
    center: {
      upIn0: [0, 0.02],
      loIn0: [0, -0.3],
      loOut0: [0, -0.3],
      chinBoss: [0, -0.3],
      chinBottom: [0, -0.31],
    },
  },
};

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
