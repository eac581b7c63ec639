import { describe, expect, it } from 'vitest';
import {
  ACTION_UNITS,
  AU_DISPLACEMENTS,
  EXPRESSIONS,
  IDENTITIES,
  expressionAu,
  faceGeometry,
  mouthOpening,
  oneSided,
  symmetric,
  type ActionUnit,
  type FaceGeometry,
} from '../../../shared/face/index';
import { EMOTIONS } from '../../../shared/emotions';

const id = IDENTITIES[2]!;
const n = faceGeometry(id, {});
const at = (unit: ActionUnit, k = 1): FaceGeometry => faceGeometry(id, symmetric({ [unit]: k }));
const red = (g: FaceGeometry): number =>
  g.center.upOut0.y - g.center.upIn0.y + (g.center.loIn0.y - g.center.loOut0.y);

/** Documented direction of each AU (docs/faces.md, "Action Units"); x = away from the midline. */
const DIRECTIONS: Record<ActionUnit, (g: FaceGeometry) => boolean> = {
  1: (g) => g.left.browIn.y > n.left.browIn.y + 0.1 && g.right.browIn.y > n.right.browIn.y + 0.1,
  2: (g) =>
    g.left.browOut.y > n.left.browOut.y + 0.1 &&
    g.left.browOut.y - n.left.browOut.y > g.left.browIn.y - n.left.browIn.y,
  4: (g) =>
    g.left.browIn.y < n.left.browIn.y - 0.05 &&
    g.left.browIn.x < n.left.browIn.x &&
    g.right.browIn.x > n.right.browIn.x,
  5: (g) => g.left.lidUp1.y > n.left.lidUp1.y + 0.05 && g.left.lidUp1.y > g.iris.y + g.iris.r,
  6: (g) => g.left.cheek.y > n.left.cheek.y && g.left.lidLo2.y > n.left.lidLo2.y,
  7: (g) => g.left.lidLo1.y > n.left.lidLo1.y + 0.04,
  9: (g) => g.left.alar.y > n.left.alar.y && g.center.upOut0.y > n.center.upOut0.y,
  10: (g) => g.center.upOut0.y > n.center.upOut0.y + 0.08 && mouthOpening(g) > 0.05,
  12: (g) =>
    g.left.corner.y > n.left.corner.y + 0.1 &&
    g.left.corner.x > n.left.corner.x &&
    g.right.corner.x < n.right.corner.x,
  14: (g) => g.left.corner.x < n.left.corner.x,
  15: (g) => g.left.corner.y < n.left.corner.y - 0.08,
  16: (g) => g.center.loIn0.y < n.center.loIn0.y - 0.05,
  17: (g) => g.center.chinBoss.y > n.center.chinBoss.y && g.center.loOut0.y > n.center.loOut0.y,
  20: (g) => g.left.corner.x - n.left.corner.x > 0.1 && Math.abs(g.left.corner.y - n.left.corner.y) < 0.05,
  23: (g) => red(g) < red(n) - 0.05,
  24: (g) => red(g) < red(n) - 0.05,
  25: (g) => mouthOpening(g) > 0.1 && mouthOpening(n) === 0,
  26: (g) => g.center.chinBottom.y < n.center.chinBottom.y - 0.2 && mouthOpening(g) > 0.2,
};

describe('face geometry', () => {
  it.each(ACTION_UNITS.map((u) => [u]))(
    'AU%i moves its control points in the documented direction',
    (unit) => {
      expect(DIRECTIONS[unit](at(unit))).toBe(true);
    },
  );

  it('every AU has a displacement entry and moves at least one point', () => {
    for (const unit of ACTION_UNITS) {
      const d = AU_DISPLACEMENTS[unit];
      expect(Object.keys(d.side ?? {}).length + Object.keys(d.center ?? {}).length).toBeGreaterThan(0);
      expect(JSON.stringify(at(unit))).not.toBe(JSON.stringify(n));
    }
  });

  it('displacement is linear in intensity where no clamp acts', () => {
    const half = at(1, 0.5).left.browIn.y - n.left.browIn.y;
    const full = at(1, 1).left.browIn.y - n.left.browIn.y;
    expect(half).toBeCloseTo(full / 2, 10);
    const c5 = at(12, 0.5).left.corner.y - n.left.corner.y;
    const c10 = at(12, 1).left.corner.y - n.left.corner.y;
    expect(c5).toBeCloseTo(c10 / 2, 10);
  });

  it('one-sided values move only that side (contempt)', () => {
    const g = faceGeometry(id, oneSided('right', { 12: 0.6, 14: 0.6 }));
    expect(g.right.corner.y).toBeGreaterThan(n.right.corner.y + 0.03);
    expect(g.left.corner).toEqual(n.left.corner);
    const c = faceGeometry(id, expressionAu('contempt', 1));
    expect(c.right.corner.y - n.right.corner.y).toBeGreaterThan(0.05);
    expect(c.left.corner.y).toBe(n.left.corner.y);
  });

  it('lids and lips never cross, for every identity, emotion, variant and intensity', () => {
    for (const identity of IDENTITIES) {
      for (const e of EMOTIONS) {
        for (const v of EXPRESSIONS[e].variants) {
          for (const k of [0.2, 0.6, 1]) {
            const g = faceGeometry(identity, expressionAu(e, k, v.id));
            for (const s of [g.left, g.right]) {
              expect(s.lidLo1.y).toBeLessThan(s.lidUp1.y);
              expect(s.lidLo2.y).toBeLessThan(s.lidUp2.y);
              expect(s.lidUp1.y).toBeLessThan(s.crease1.y);
              expect(s.loInMid.y).toBeLessThanOrEqual(s.upInMid.y);
              expect(s.loOutMid.y).toBeLessThan(s.loInMid.y);
              expect(s.upOutMid.y).toBeGreaterThan(s.upInMid.y);
            }
            expect(g.center.loIn0.y).toBeLessThanOrEqual(g.center.upIn0.y);
            expect(g.center.loOut0.y).toBeLessThan(g.center.loIn0.y);
          }
        }
      }
    }
  });

  it('anger glares and disgust does not: V brows and white above the iris only in anger', () => {
    for (const identity of IDENTITIES) {
      const g0 = faceGeometry(identity, {});
      for (const k of [0.5, 1]) {
        const a = faceGeometry(identity, expressionAu('anger', k));
        const d = faceGeometry(identity, expressionAu('disgust', k));
        const drop = (g: FaceGeometry): number => g0.left.browIn.y - g.left.browIn.y;
        // a clear V: the inner end drops much more than the outer end
        expect(drop(a) - (g0.left.browOut.y - a.left.browOut.y)).toBeGreaterThan(0.08 * k);
        // disgust lowers the inner brow far less than anger (brief, not a V)
        expect(drop(d)).toBeLessThan(drop(a) / 3);
        // glare: the upper lid clears the iris at full anger; disgust never raises the lid
        if (k === 1) expect(a.left.lidUp2.y).toBeGreaterThan(a.iris.y + a.iris.r + 0.015);
        expect(d.left.lidUp2.y).toBeLessThanOrEqual(g0.left.lidUp2.y);
      }
    }
  });

  it('fear brows are raised, flatter than surprise and drawn together', () => {
    const f = faceGeometry(id, expressionAu('fear', 1));
    const s = faceGeometry(id, expressionAu('surprise', 1));
    expect(f.left.browIn.y).toBeGreaterThan(n.left.browIn.y);
    const arch = (g: FaceGeometry): number => g.left.browMid.y - (g.left.browIn.y + g.left.browOut.y) / 2;
    expect(arch(f)).toBeLessThan(arch(s));
    expect(f.left.browIn.x).toBeLessThan(s.left.browIn.x);
    expect(f.left.lidLo1.y).toBeGreaterThan(s.left.lidLo1.y + 0.04);
  });

  it('all AUs at full intensity together still give an ordered face', () => {
    const all = symmetric(Object.fromEntries(ACTION_UNITS.map((u) => [u, 1])));
    const g = faceGeometry(id, all);
    expect(g.left.lidLo1.y).toBeLessThan(g.left.lidUp1.y);
    expect(g.center.loIn0.y).toBeLessThanOrEqual(g.center.upIn0.y);
    expect(g.left.corner.x).toBeGreaterThan(g.left.upInMid.x);
  });
});
