/** Static layers: head coverings (hijab, turban, cap, kufi, headwrap), behind and in front of the head. */
import { adjust } from '../../color';
import type { StaticCtx } from '../context';
import type { V } from '../svg';
import { closedCurve, curve, f, path, pt, px, X, Y } from '../svg';

export function headwearBack(c: StaticCtx): string {
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
    return path(d, `fill="${c.url('headwear')}"`);
  }
  return '';
}

export function headwearFront(c: StaticCtx): string {
  const id = c.id;
  const W = id.cheekWidth;
  const fill = `fill="${c.url('headwear')}"`;
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
