/** Expression-driven layer: lips, and when they part the cavity with teeth clipped to the inner lip contour. */
import { mouthY } from '../../geometry';
import type { FeatureCtx } from '../context';
import type { V } from '../svg';
import { cont, curve, ellipse, f, op, path, pt, px, S, v, X, Y } from '../svg';

export function mouth(c: FeatureCtx): string {
  const { g, pal, id } = c;
  const L = g.left;
  const R = g.right;
  const C = g.center;
  const upperOuter = [
    v(R.corner),
    v(R.upOutMid),
    v(R.upOutPeak),
    v(C.upOut0),
    v(L.upOutPeak),
    v(L.upOutMid),
    v(L.corner),
  ];
  const upperInner = [v(L.corner), v(L.upInMid), v(C.upIn0), v(R.upInMid), v(R.corner)];
  const lowerInner = [v(R.corner), v(R.loInMid), v(C.loIn0), v(L.loInMid), v(L.corner)];
  const lowerOuter = [v(L.corner), v(L.loOutMid), v(C.loOut0), v(R.loOutMid), v(R.corner)];
  const cavity = curve(upperInner) + cont(lowerInner) + 'Z';
  const gapC = C.upIn0.y - C.loIn0.y;
  const gapL = L.upInMid.y - L.loInMid.y;
  const gapR = R.upInMid.y - R.loInMid.y;
  const open = Math.max(gapC, gapL, gapR) > 0.006;
  let out = `<clipPath id="${c.ref('mouthOpening')}"><path d="${cavity}"/></clipPath>`;
  if (open) {
    const my = mouthY(id);
    const jaw = C.chinBottom.y - c.n.center.chinBottom.y;
    const mw = id.mouthWidth;
    const teethTop = my + 0.25;
    const edge = my - 0.06;
    const upperTeeth =
      `M${f(X(-0.46 * mw))} ${f(Y(teethTop))}L${f(X(0.46 * mw))} ${f(Y(teethTop))}` +
      `L${f(X(0.46 * mw))} ${f(Y(edge + 0.07))}` +
      cont([
        pt(0.46 * mw, edge + 0.07),
        pt(0.3 * mw, edge + 0.02),
        pt(0, edge),
        pt(-0.3 * mw, edge + 0.02),
        pt(-0.46 * mw, edge + 0.07),
      ]) +
      'Z';
    const le = my - 0.1 + jaw;
    const lowerTeeth =
      `M${f(X(-0.42 * mw))} ${f(Y(le - 0.3))}L${f(X(0.42 * mw))} ${f(Y(le - 0.3))}` +
      `L${f(X(0.42 * mw))} ${f(Y(le + 0.04))}` +
      cont([
        pt(0.42 * mw, le + 0.04),
        pt(0.25 * mw, le + 0.008),
        pt(0, le),
        pt(-0.25 * mw, le + 0.008),
        pt(-0.42 * mw, le + 0.04),
      ]) +
      'Z';
    let gaps = '';
    for (const x of [0.075, 0.16, 0.24, 0.32]) {
      for (const s of [1, -1]) {
        gaps += `M${f(X(s * x * mw))} ${f(Y(edge + 0.12))}L${f(X(s * x * mw))} ${f(Y(edge + 0.01 + x * 0.05))}`;
        gaps += `M${f(X(s * x * 0.85 * mw))} ${f(Y(le + 0.005 + x * 0.04))}L${f(X(s * x * 0.85 * mw))} ${f(Y(le - 0.1))}`;
      }
    }
    out +=
      path(cavity, `fill="${c.url('cavity')}"`) +
      `<g clip-path="${c.url('mouthOpening')}">` +
      ellipse(pt(0, my - 0.22 + jaw * 0.8), 0.26 * mw, 0.1, `fill="#a4505a"`) +
      path(lowerTeeth, `fill="${c.url('teeth')}"`) +
      path(upperTeeth, `fill="${c.url('teeth')}"`) +
      path(gaps, `fill="none" stroke="#b8ada0" stroke-width="${px(0.008)}" opacity="0.7"`) +
      path(curve(upperInner), `fill="none" stroke="#2a0d0f" stroke-width="${px(0.05)}" opacity="0.35"`) +
      path(curve(lowerInner), `fill="none" stroke="#2a0d0f" stroke-width="${px(0.03)}" opacity="0.25"`) +
      `</g>`;
  }
  const upperLip = curve(upperOuter) + cont(upperInner) + 'Z';
  const lowerLip = curve(lowerOuter) + cont(lowerInner) + 'Z';
  out += path(lowerLip, `fill="${c.url('lowerLip')}"`);
  out += path(upperLip, `fill="${c.url('upperLip')}"`);
  // vermilion border, lower-lip sheen
  out += path(
    curve(upperOuter),
    `fill="none" stroke="${pal.lipDark}" stroke-width="${px(0.01)}" opacity="0.5"`,
  );
  out += path(
    curve(upperOuter.map(([x, y]) => [x, y - 0.014 * S] as V).slice(1, -1)),
    `fill="none" stroke="${pal.edge}" stroke-width="${px(0.012)}" opacity="0.4"`,
  );
  out += ellipse(
    v({ x: 0.03, y: (C.loIn0.y + C.loOut0.y) / 2 + 0.012 }),
    0.1,
    0.022,
    `fill="#ffffff" opacity="${op(0.18 + 0.17 * c.dark)}"`,
  );
  // line between the lips and corner shadows
  out += path(
    curve(upperInner),
    `fill="none" stroke="${pal.lipLine}" stroke-width="${px(open ? 0.012 : 0.02)}" stroke-linecap="round" opacity="0.9"`,
  );
  for (const p of [L.corner, R.corner]) {
    out += `<circle cx="${f(X(p.x))}" cy="${f(Y(p.y))}" r="${px(0.022)}" fill="${pal.lipLine}" opacity="0.45"/>`;
  }
  return out;
}
