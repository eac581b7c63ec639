/**
 * Expression-driven layer: the face outline (the jaw and chin move with the mouth), its fill and the
 * soft volume shading that the cheek raise (6, 12) and the lowered brow (4) deepen, plus freckles.
 */
import { auAt } from '../../action-units';
import type { FeatureCtx } from '../context';
import { sideOf } from '../context';
import type { V } from '../svg';
import { closedCurve, ellipse, f, op, path, pt, px, v, X, Y } from '../svg';

function faceShape(c: FeatureCtx): string {
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

export function faceLayer(c: FeatureCtx): string {
  const d = faceShape(c);
  const { g, pal, id } = c;
  const C = g.center;
  let out = `<clipPath id="${c.ref('faceOutline')}"><path d="${d}"/></clipPath>`;
  out += path(d, `fill="${c.url('skin')}"`);
  // soft volume shading
  const sh = c.url('shadow');
  const hi = c.url('highlight');
  out += `<g clip-path="${c.url('faceOutline')}">`;
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
    out += ellipse(v({ x: p.cheek.x + s * 0.05, y: p.cheek.y }), 0.36, 0.24, `fill="${c.url('blush')}"`);
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
