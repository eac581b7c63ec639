/** Expression-driven layer: eyes (lids, sclera, iris clipped to the lid opening, lash line, crease). */
import { auAt } from '../../action-units';
import { adjust } from '../../color';
import type { FeatureCtx } from '../context';
import { sideOf } from '../context';
import type { V } from '../svg';
import { cont, curve, f, op, path, pt, px, S, v } from '../svg';

export function eyes(c: FeatureCtx): string {
  const { g, pal, id, au } = c;
  let out = '';
  const fem = id.presentation === 'feminine';
  for (const s of [1, -1] as const) {
    const p = s === 1 ? g.left : g.right;
    const side = sideOf(s);
    const up = [v(p.eyeIn), v(p.lidUp1), v(p.lidUp2), v(p.eyeOut)];
    const lo = [v(p.eyeOut), v(p.lidLo2), v(p.lidLo1), v(p.eyeIn)];
    const sclera = curve(up) + cont(lo) + 'Z';
    const clipId = s === 1 ? 'eyeLeft' : 'eyeRight';
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
    out += path(sclera, `fill="${c.url('sclera')}"`);
    const ic = pt(s * g.iris.x, g.iris.y);
    const r = g.iris.r;
    out +=
      `<g clip-path="${c.url(clipId)}">` +
      `<circle cx="${f(ic[0])}" cy="${f(ic[1])}" r="${px(r)}" fill="${c.url('iris')}" stroke="${adjust(id.iris, -0.2)}" stroke-width="${px(0.012)}"/>` +
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
