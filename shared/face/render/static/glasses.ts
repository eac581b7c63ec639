/** Static layer: glasses frames and lenses, in front of the face. */
import type { StaticCtx } from '../context';
import { curve, f, path, pt, px, X, Y } from '../svg';

export function glasses(c: StaticCtx): string {
  const id = c.id;
  if (id.glasses === 'none') return '';
  const frame = id.skin > 6 ? '#7a5a3a' : '#2b2623';
  const sw = `stroke="${frame}" stroke-width="${px(0.035)}"`;
  let out = '';
  for (const s of [1, -1]) {
    const cx = s * 0.5;
    const shape =
      id.glasses === 'round'
        ? `<circle cx="${f(X(cx))}" cy="${f(Y(-0.02))}" r="${px(0.255)}" fill="${c.url('lens')}" ${sw}/>`
        : `<rect x="${f(X(cx - 0.31))}" y="${f(Y(0.17))}" width="${px(0.62)}" height="${px(0.37)}" rx="${px(0.08)}" fill="${c.url('lens')}" ${sw}/>`;
    out += shape;
    out += path(curve([pt(s * 0.8, 0.08), pt(s * (id.cheekWidth + 0.02), 0.1)]), `fill="none" ${sw}`);
  }
  out += path(curve([pt(-0.24, 0.05), pt(0, 0.1), pt(0.24, 0.05)]), `fill="none" ${sw}`);
  return out;
}
