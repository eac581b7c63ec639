/** Static layers behind the head: the background, the neck and the clothed shoulders. */
import { adjust } from '../../color';
import type { StaticCtx } from '../context';
import { closedCurve, cont, curve, f, path, pt, px, X } from '../svg';

export function background(c: StaticCtx): string {
  return `<rect width="512" height="512" fill="${c.url('backdrop')}"/>`;
}

export function neckAndBody(c: StaticCtx): string {
  const id = c.id;
  const nw = 0.56 + 0.08 * (id.jawWidth - 0.9);
  const neck = closedCurve([
    pt(-nw, -1.2),
    pt(-nw - 0.02, -2.4),
    pt(-nw - 0.12, -2.95),
    pt(0, -3.05),
    pt(nw + 0.12, -2.95),
    pt(nw + 0.02, -2.4),
    pt(nw, -1.2),
  ]);
  const body =
    `M${f(X(-2.9))} 512` +
    cont([pt(-2.9, -3.4), pt(-2.3, -2.95), pt(-1.2, -2.6), pt(-nw - 0.05, -2.5)]) +
    cont([pt(-nw - 0.05, -2.5), pt(0, -2.95), pt(nw + 0.05, -2.5)]) +
    cont([pt(nw + 0.05, -2.5), pt(1.2, -2.6), pt(2.3, -2.95), pt(2.9, -3.4)]) +
    `L${f(X(2.9))} 512Z`;
  const collar = curve([pt(-nw - 0.05, -2.5), pt(0, -2.95), pt(nw + 0.05, -2.5)]);
  return (
    path(neck, `fill="${c.url('neck')}"`) +
    path(body, `fill="${c.url('clothing')}"`) +
    path(
      collar,
      `fill="none" stroke="${adjust(id.clothing, -0.15)}" stroke-width="${px(0.05)}" stroke-linecap="round"`,
    )
  );
}
