/**
 * Expression-driven layer: stubble, moustache, goatee and beards. They follow the mouth and jaw
 * geometry, so they move with the expression even though the style belongs to the identity.
 */
import type { FeatureCtx } from '../context';
import { closedCurve, cont, curve, path, pt, px, v } from '../svg';

export function facialHair(c: FeatureCtx): string {
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
        `<g clip-path="${c.url('faceOutline')}" opacity="0.22">` +
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
