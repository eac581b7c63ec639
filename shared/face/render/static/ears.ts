/** Static layer: the ears, behind the face outline. */
import type { StaticCtx } from '../context';
import { closedCurve, curve, path, pt, px } from '../svg';

export function ears(c: StaticCtx): string {
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
