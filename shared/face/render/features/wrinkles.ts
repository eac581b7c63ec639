/**
 * Expression-driven layer: wrinkles and folds (forehead, glabella, nose, nasolabial, crow's feet,
 * lower lid, dimple, mouth corners, chin). Each fades in with its AU's intensity and is drawn as a
 * shadow line with a light edge beside it, so it reads on every skin tone (docs/faces.md, "Colour").
 */
import { auAt, auMean } from '../../action-units';
import type { Pt } from '../../geometry';
import type { FeatureCtx } from '../context';
import { sideOf } from '../context';
import type { V } from '../svg';
import { curve, ellipse, hash, op, path, pt, px, S, smooth, v } from '../svg';

/** Wrinkle visibility from an AU intensity: fades in from 0.08, full by 0.75. */
function wr(i: number): number {
  return smooth(0.08, 0.75, i);
}

/** Stroke a fold: a shadow line plus a faint highlight edge on the side away from the shadow. */
function fold(c: FeatureCtx, pts: V[], o: number, width = 0.018, edgeDy = -0.016, edgeK = 0.55): string {
  if (o <= 0.03) return '';
  const oo = Math.min(1, o * c.pal.lineBoost);
  const e = pts.map(([x, y]) => [x, y + edgeDy * S] as V);
  return (
    path(
      curve(e),
      `fill="none" stroke="${c.pal.edge}" stroke-width="${px(width * 0.9)}" stroke-linecap="round" opacity="${op(oo * edgeK)}"`,
    ) +
    path(
      curve(pts),
      `fill="none" stroke="${c.pal.line}" stroke-width="${px(width)}" stroke-linecap="round" opacity="${op(oo * 0.8)}"`,
    )
  );
}

function browY(c: FeatureCtx, x: number): number {
  const s = x >= 0 ? 1 : -1;
  const p = s === 1 ? c.g.left : c.g.right;
  const ax = Math.abs(x);
  const a = p.browIn;
  const b = p.browMid;
  const o = p.browOut;
  if (ax <= Math.abs(a.x))
    return (
      (c.g.left.browIn.y + c.g.right.browIn.y) / 2 +
      ((a.y - (c.g.left.browIn.y + c.g.right.browIn.y) / 2) * ax) / Math.abs(a.x)
    );
  if (ax <= Math.abs(b.x))
    return a.y + ((b.y - a.y) * (ax - Math.abs(a.x))) / (Math.abs(b.x) - Math.abs(a.x));
  return b.y + ((o.y - b.y) * (ax - Math.abs(b.x))) / (Math.abs(o.x) - Math.abs(b.x));
}

export function wrinkles(c: FeatureCtx): string {
  const { au, id, g } = c;
  const age = id.age;
  let out = '';
  // forehead: centre lines from 1, lateral lines from 2, following the brow shape
  const a1 = auMean(au, 1);
  for (let k = 0; k < 3; k++) {
    const off = 0.32 + k * 0.12;
    const oc = wr(a1) * (0.6 - k * 0.1) + age * 0.2;
    const half = 0.42 - k * 0.06 + 0.04 * hash(k + 3);
    const xs = [-half, -half / 2, 0, half / 2, half];
    out += fold(
      c,
      xs.map((x, i) => pt(x, browY(c, x) * 0.55 + 0.17 + off + 0.012 * hash(k * 10 + i))),
      oc,
      0.014,
    );
    for (const s of [1, -1] as const) {
      const a2 = auAt(au, 2, sideOf(s));
      const ol = wr(a2) * (0.55 - k * 0.12) + age * 0.15;
      const xl = [0.4 + 0.05 * k, 0.58, 0.74, 0.86 - 0.06 * k].map((x) => s * x);
      out += fold(
        c,
        xl.map((x, i) => pt(x, browY(c, x) + off - 0.04 - 0.015 * Math.abs(x) + 0.01 * hash(k * 7 + i + 50))),
        ol,
        0.013,
      );
    }
  }
  // glabella: vertical lines from 4, horizontal root line from 9
  const a4 = auMean(au, 4);
  const a9 = auMean(au, 9);
  for (const s of [1, -1] as const) {
    const bi = (s === 1 ? g.left : g.right).browIn;
    const x = s * 0.05 + bi.x * 0.25;
    // Two vertical furrows per side, bunched between the lowered brow heads; drawn with a light
    // ridge beside them (not below) so they read on dark skin too.
    const o4 = wr(a4) * 1.4 + age * 0.1;
    for (const [dx, len, k] of [
      [0, 0.14, 1],
      [0.045, 0.09, 0.7],
    ] as const) {
      const xx = x + s * dx;
      const line: V[] = [
        pt(xx + s * 0.008, bi.y + 0.07),
        pt(xx, bi.y - 0.01),
        pt(xx + s * 0.012, bi.y - len),
      ];
      out += path(
        curve(line.map(([lx, ly]) => [lx + s * 0.022 * S, ly] as V)),
        `fill="none" stroke="${c.pal.edge}" stroke-width="${px(0.018)}" stroke-linecap="round" opacity="${op(Math.min(1, o4 * k * c.pal.lineBoost) * (0.45 + 0.4 * c.dark))}"`,
      );
      out += fold(c, line, o4 * k, 0.024, 0);
    }
  }
  out += fold(c, [pt(-0.1, 0.14), pt(0, 0.11 - 0.02 * a9), pt(0.1, 0.14)], wr(a9) * 0.85, 0.018);
  // nose wrinkles (9): across the bridge and down its sides
  for (let k = 0; k < 4; k++) {
    const y = 0.04 - k * 0.075 + 0.03 * a9;
    for (const s of [1, -1] as const) {
      // slightly irregular lengths and spacing so the furrows read as skin, not a ladder
      const j = 0.012 * hash(k * 4 + s + 70);
      const w = 0.17 + 0.025 * hash(k * 4 + s + 90) - 0.01 * k;
      out += fold(
        c,
        [pt(s * 0.02, y + 0.02 + j), pt(s * (w * 0.55), y - 0.004 + j), pt(s * w, y - 0.045 + j * 0.5)],
        wr(a9) * (1.1 - k * 0.15),
        0.026,
        -0.024,
        // the lit ridge between furrows carries the wrinkle where a shadow has little contrast
        0.55 + 0.4 * c.dark,
      );
    }
  }
  for (const s of [1, -1] as const) {
    const side = sideOf(s);
    const p = s === 1 ? g.left : g.right;
    // nasolabial fold
    const nl = Math.min(
      1,
      0.06 +
        age * 0.4 +
        0.75 * wr(auAt(au, 12, side)) +
        0.65 * wr(auAt(au, 10, side)) +
        0.55 * wr(auAt(au, 9, side)) +
        0.2 * wr(auAt(au, 20, side)) +
        0.2 * wr(auAt(au, 6, side)),
    );
    const mid: Pt = { x: (p.nlTop.x + p.nlBot.x) / 2 + s * 0.1, y: (p.nlTop.y + p.nlBot.y) / 2 };
    out += fold(c, [v({ x: p.nlTop.x, y: p.nlTop.y + 0.02 }), v(mid), v(p.nlBot)], nl * 0.7, 0.03, 0);
    out += fold(
      c,
      [
        v({ x: p.nlTop.x + s * 0.035, y: p.nlTop.y - 0.01 }),
        v({ x: mid.x + s * 0.035, y: mid.y }),
        v({ x: p.nlBot.x + s * 0.03, y: p.nlBot.y + 0.01 }),
      ].map(([x, y]) => [x, y] as V),
      0,
      0.03,
      0,
    );
    // crow's feet (6) fanning from the outer corner
    const a6 = auAt(au, 6, side);
    const eo = p.eyeOut;
    for (let k = -1; k <= 1; k++) {
      out += fold(
        c,
        [
          pt(eo.x + s * 0.07, eo.y + 0.03 * k),
          pt(eo.x + s * 0.14, eo.y + 0.055 * k - 0.005),
          pt(eo.x + s * 0.21, eo.y + 0.09 * k - 0.02),
        ],
        wr(a6) * 0.8 + age * 0.3,
        0.015,
        0.012,
      );
    }
    // lower-lid bag (6, 7) and age
    const a7 = auAt(au, 7, side);
    const bag = wr(a6) * 0.75 + wr(a7) * 0.45 + age * 0.35;
    out += fold(
      c,
      [
        v({ x: p.eyeIn.x + s * 0.03, y: p.lidLo1.y - 0.05 }),
        v({ x: p.lidLo1.x, y: p.lidLo1.y - 0.07 }),
        v({ x: p.lidLo2.x + s * 0.02, y: p.lidLo2.y - 0.065 }),
        v({ x: p.eyeOut.x, y: p.eyeOut.y - 0.07 }),
      ],
      bag * 0.8,
      0.014,
      -0.014,
    );
    // dimple (14)
    const a14 = auAt(au, 14, side);
    const cr = p.corner;
    out += fold(
      c,
      [pt(cr.x + s * 0.05, cr.y + 0.06), pt(cr.x + s * 0.075, cr.y), pt(cr.x + s * 0.05, cr.y - 0.06)],
      wr(a14) * 1.0,
      0.022,
      0,
    );
    // corner bulge below (15) and stretch creases (20)
    const a15 = auAt(au, 15, side);
    out += fold(
      c,
      [pt(cr.x + s * 0.02, cr.y - 0.04), pt(cr.x + s * 0.07, cr.y - 0.12), pt(cr.x + s * 0.06, cr.y - 0.22)],
      wr(a15) * 0.7,
      0.02,
      0,
    );
    const a20 = auAt(au, 20, side);
    out += fold(
      c,
      [pt(cr.x + s * 0.05, cr.y + 0.05), pt(cr.x + s * 0.06, cr.y - 0.06)],
      wr(a20) * 0.55,
      0.016,
      0,
    );
  }
  // chin (17): dimpled boss and a raised crease under the lip
  const a17 = auMean(au, 17);
  const cb = g.center.chinBoss;
  if (a17 > 0.05) {
    let dots = '';
    for (let i = 0; i < 9; i++) {
      const x = cb.x + ((i % 3) - 1) * 0.09 + hash(i) * 0.02;
      const y = cb.y + (Math.floor(i / 3) - 1) * 0.06 + hash(i + 20) * 0.015;
      dots += ellipse(pt(x, y), 0.028, 0.018, '');
    }
    out += `<g fill="${c.pal.shade}" opacity="${op(wr(a17) * 0.6 * c.pal.lineBoost)}">${dots}</g>`;
  }
  out += fold(
    c,
    [
      pt(-0.16, g.center.loOut0.y - 0.09),
      pt(0, g.center.loOut0.y - 0.11 + 0.03 * a17),
      pt(0.16, g.center.loOut0.y - 0.09),
    ],
    0.25 + wr(a17) * 0.5 + wr(auMean(au, 24)) * 0.4,
    0.02,
    -0.018,
  );
  // pressed / tightened lips (24, 23): bulges above and below the lips
  const press = wr(auMean(au, 24)) * 0.8 + wr(auMean(au, 23)) * 0.4;
  if (press > 0.02) {
    const L = g.left;
    const R = g.right;
    const C = g.center;
    // arcs that run into the corners: the skin bulges around the pressed lips
    out += fold(
      c,
      [
        v({ x: R.corner.x + 0.03, y: R.corner.y + 0.035 }),
        v({ x: R.upOutMid.x, y: R.upOutMid.y + 0.065 }),
        v({ x: 0, y: C.upOut0.y + 0.075 }),
        v({ x: L.upOutMid.x, y: L.upOutMid.y + 0.065 }),
        v({ x: L.corner.x - 0.03, y: L.corner.y + 0.035 }),
      ],
      press * 0.6,
      0.02,
      0.016,
    );
    out += fold(
      c,
      [
        v({ x: R.corner.x + 0.03, y: R.corner.y - 0.04 }),
        v({ x: R.loOutMid.x, y: R.loOutMid.y - 0.06 }),
        v({ x: 0, y: C.loOut0.y - 0.065 }),
        v({ x: L.loOutMid.x, y: L.loOutMid.y - 0.06 }),
        v({ x: L.corner.x - 0.03, y: L.corner.y - 0.04 }),
      ],
      press * 0.55,
      0.02,
      -0.016,
    );
  }
  return out;
}
