/** Expression-driven layer: the brows, a tapered shape along the brow control points. */
import { auAt } from '../../action-units';
import type { Pt } from '../../geometry';
import type { FeatureCtx } from '../context';
import { sideOf } from '../context';
import type { V } from '../svg';
import { cont, curve, f, path, px, S, v } from '../svg';

export function brows(c: FeatureCtx): string {
  const { g, pal, id } = c;
  let out = '';
  for (const s of [1, -1] as const) {
    const p = s === 1 ? g.left : g.right;
    // brow heads bunch up (thicker) when pulled down and together
    const bunch = 1 + 0.35 * auAt(c.au, 4, sideOf(s));
    const tail: Pt = { x: p.browOut.x + s * 0.07, y: p.browOut.y - 0.06 };
    const ctrl = [v(p.browIn), v(p.browMid), v(p.browOut), v(tail)];
    // sample the centre line
    const samples: V[] = [];
    const N = 18;
    for (let i = 0; i <= N; i++) {
      const t = (i / N) * 3;
      const k = Math.min(2, Math.floor(t));
      const u = t - k;
      const p0 = ctrl[Math.max(0, k - 1)]!;
      const p1 = ctrl[k]!;
      const p2 = ctrl[k + 1]!;
      const p3 = ctrl[Math.min(3, k + 2)]!;
      const cr = (a: number, b: number, cc: number, d: number): number =>
        0.5 *
        (2 * b +
          (-a + cc) * u +
          (2 * a - 5 * b + 4 * cc - d) * u * u +
          (-a + 3 * b - 3 * cc + d) * u * u * u);
      samples.push([cr(p0[0], p1[0], p2[0], p3[0]), cr(p0[1], p1[1], p2[1], p3[1])]);
    }
    const top: V[] = [];
    const bot: V[] = [];
    for (let i = 0; i <= N; i++) {
      const a = samples[Math.max(0, i - 1)]!;
      const b = samples[Math.min(N, i + 1)]!;
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const len = Math.hypot(dx, dy) || 1;
      let nx = -dy / len;
      let ny = dx / len;
      if (ny > 0) {
        nx = -nx;
        ny = -ny;
      }
      const t = i / N;
      const th = S * id.browThickness * (0.1 * bunch * Math.pow(1 - t, 0.7) + 0.026) * (i === 0 ? 0.8 : 1);
      const q = samples[i]!;
      top.push([q[0] + nx * th * 0.55, q[1] + ny * th * 0.55]);
      bot.push([q[0] - nx * th * 0.45, q[1] - ny * th * 0.45]);
    }
    const d = curve(top) + `L${f(bot[N]![0])} ${f(bot[N]![1])}` + cont([...bot].reverse()) + 'Z';
    out += path(d, `fill="${pal.brow}" opacity="0.93"`);
    // a few hair strokes at the head of the brow
    let hairs = '';
    for (let i = 0; i < 5; i++) {
      const q = samples[i + 1]!;
      hairs += `M${f(q[0] - s * 1)} ${f(q[1] + 3)}l${f(s * 3)} ${f(-6)}`;
    }
    out += path(
      hairs,
      `fill="none" stroke="${pal.brow}" stroke-width="${px(0.012)}" stroke-linecap="round" opacity="0.7"`,
    );
  }
  return out;
}
