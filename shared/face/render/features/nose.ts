/** Expression-driven layer: nose tip, nostril wings (they flare with 9), nostrils and philtrum. */
import type { FeatureCtx } from '../context';
import { curve, ellipse, op, path, pt, px, v } from '../svg';

export function nose(c: FeatureCtx): string {
  const { g, pal, id } = c;
  const nt = g.center.noseTip;
  const nw = id.noseWidth;
  let out = '';
  out += ellipse(
    v({ x: 0.01, y: nt.y + 0.05 }),
    0.085 * nw,
    0.075,
    `fill="${c.url('highlight')}" opacity="0.9"`,
  );
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
      `fill="${c.url('shadow')}" opacity="${op(0.7 + 0.25 * flare)}"`,
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
  out += ellipse(
    v({ x: 0, y: (nt.y - 0.15 + up0.y) / 2 }),
    0.03,
    0.07,
    `fill="${c.url('highlight')}" opacity="0.5"`,
  );
  return out;
}
