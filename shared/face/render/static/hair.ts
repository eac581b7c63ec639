/**
 * Static layers: the hair, split into the part behind the head and the part in front of the face.
 * Every style stops above the brows so the brows stay fully visible (docs/faces.md, "Identities").
 */
import type { StaticCtx } from '../context';
import type { V } from '../svg';
import { closedCurve, curve, f, hash, path, pt, px, X, Y } from '../svg';

/** Bumpy outline around an ellipse (curly hair), from angle a0 to a1 (radians, 0 = right, CCW). */
function bumpy(
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  a0: number,
  a1: number,
  n: number,
  amp: number,
  seed: number,
): V[] {
  const out: V[] = [];
  for (let i = 0; i <= n; i++) {
    const a = a0 + ((a1 - a0) * i) / n;
    const k = 1 + (i % 2 === 0 ? amp : -amp * 0.3) + hash(seed + i) * amp * 0.4;
    out.push(pt(cx + Math.cos(a) * rx * k, cy + Math.sin(a) * ry * k));
  }
  return out;
}

export interface HairParts {
  back: string;
  front: string;
}

export function hairShapes(c: StaticCtx): HairParts {
  const id = c.id;
  const p = c.pal;
  const fill = `fill="${c.url('hair')}"`;
  const W = id.cheekWidth;
  const hl = 1.45 + 0.1 * id.age * (id.presentation === 'masculine' ? 1 : 0);
  const sheen = (pts: V[]): string =>
    path(
      curve(pts),
      `fill="none" stroke="${p.hairLight}" stroke-width="${px(0.035)}" stroke-linecap="round" opacity="0.45"`,
    );
  const strands = (xs: number[], y0: number, y1: number): string =>
    xs
      .map((x) =>
        path(
          curve([pt(x, y0), pt(x * 1.03, (y0 + y1) / 2), pt(x * 0.98, y1)]),
          `fill="none" stroke="${p.hairDark}" stroke-width="${px(0.018)}" opacity="0.5"`,
        ),
      )
      .join('');
  const capFront = (vol: number, hairline: number, sideDown: number, part: number): string =>
    closedCurve([
      pt(-(W - 0.1), sideDown),
      pt(-(W - 0.16), 1.0),
      pt(-0.72, hairline - 0.05),
      pt(part - 0.25, hairline + 0.02),
      pt(part, hairline + 0.08),
      pt(part + 0.3, hairline - 0.01),
      pt(0.74, hairline - 0.06),
      pt(W - 0.16, 1.0),
      pt(W - 0.1, sideDown),
      pt(W - 0.02 + vol * 0.5, sideDown + 0.12),
      pt(W - 0.03 + vol, 1.3),
      pt(0.92 + vol, 1.98 + vol * 0.5),
      pt(0, 2.2 + vol),
      pt(-0.92 - vol, 1.98 + vol * 0.5),
      pt(-W + 0.03 - vol, 1.3),
      pt(-W + 0.02 - vol * 0.5, sideDown + 0.12),
    ]);
  switch (id.hair) {
    case 'bald':
      return { back: '', front: '' };
    case 'bald-sides': {
      let front = '';
      for (const s of [1, -1]) {
        front += path(
          closedCurve([
            pt(s * (W - 0.06), 0.12),
            pt(s * (W + 0.08), 0.1),
            pt(s * (W + 0.1), 0.8),
            pt(s * (W - 0.02), 1.32),
            pt(s * (W - 0.1), 1.2),
            pt(s * (W - 0.05), 0.7),
          ]),
          `fill="${p.hair}" opacity="0.92"`,
        );
      }
      return { back: '', front };
    }
    case 'buzz': {
      const front = capFront(0.03, hl + 0.02, 0.55, 0.0);
      return {
        back: '',
        front:
          path(front, `fill="${p.hair}" opacity="0.82"`) +
          path(front, `fill="none" stroke="${p.hairDark}" stroke-width="${px(0.02)}" opacity="0.3"`),
      };
    }
    case 'short': {
      const front = capFront(0.1, hl, 0.62, 0.35);
      return {
        back: path(
          closedCurve([
            pt(-W - 0.03, 0.5),
            pt(-W - 0.06, 1.3),
            pt(0, 2.3),
            pt(W + 0.06, 1.3),
            pt(W + 0.03, 0.5),
            pt(0, 0.6),
          ]),
          `fill="${p.hairDark}"`,
        ),
        front:
          path(front, fill) +
          sheen([pt(-0.6, 1.95), pt(-0.1, 2.2), pt(0.3, 2.15)]) +
          strands([0.45, 0.6, 0.8], 1.55, 2.0),
      };
    }
    case 'curly-short': {
      const pts = bumpy(0, 1.05, W + 0.2, 1.3, -0.15, Math.PI + 0.15, 18, 0.05, id.skin * 31 + 7);
      const front = closedCurve([
        ...pts,
        pt(-W + 0.08, 0.55),
        pt(-W + 0.12, 1.1),
        pt(-0.6, hl - 0.02),
        pt(0, hl + 0.04),
        pt(0.6, hl - 0.02),
        pt(W - 0.12, 1.1),
        pt(W - 0.08, 0.55),
      ]);
      let curls = '';
      for (let i = 0; i < 14; i++) {
        const a = 0.25 + (i / 13) * (Math.PI - 0.5);
        const cc = pt(Math.cos(a) * (W - 0.05) * 0.9, 1.2 + Math.sin(a) * 0.85);
        curls += `<circle cx="${f(cc[0])}" cy="${f(cc[1])}" r="${px(0.06)}" fill="none" stroke="${p.hairLight}" stroke-width="${px(0.018)}" opacity="0.22"/>`;
      }
      return { back: '', front: path(front, fill) + curls };
    }
    case 'afro': {
      const pts = bumpy(0, 1.05, W + 0.6, 1.65, -0.35, Math.PI + 0.35, 28, 0.035, 91);
      const back = closedCurve([...pts, pt(-W - 0.3, -0.5), pt(0, 0.2), pt(W + 0.3, -0.5)]);
      const front = closedCurve([
        pt(-W + 0.08, 0.55),
        pt(-W + 0.1, 1.1),
        pt(-0.6, hl - 0.03),
        pt(0, hl + 0.03),
        pt(0.6, hl - 0.03),
        pt(W - 0.1, 1.1),
        pt(W - 0.08, 0.55),
        pt(W + 0.3, 0.9),
        pt(W, 2.1),
        pt(0, 2.4),
        pt(-W, 2.1),
        pt(-W - 0.3, 0.9),
      ]);
      let curls = '';
      for (let i = 0; i < 40; i++) {
        const a = -0.2 + ((i * 0.61803) % 1) * (Math.PI + 0.4);
        const rr = 0.55 + ((i * 0.37) % 1) * 0.4;
        const cc = pt(Math.cos(a) * (W + 0.45) * rr, 1.05 + Math.sin(a) * 1.55 * rr);
        if (Y(1.45) < cc[1]) continue;
        curls += `<circle cx="${f(cc[0])}" cy="${f(cc[1])}" r="${px(0.06 + 0.03 * ((i * 0.53) % 1))}" fill="none" stroke="${i % 2 ? p.hairLight : p.hairDark}" stroke-width="${px(0.022)}" opacity="0.4"/>`;
      }
      return { back: path(back, fill) + curls, front: path(front, fill) };
    }
    case 'long':
    case 'fringe':
    case 'wavy':
    case 'locs': {
      const len = id.hair === 'wavy' ? -1.9 : -2.9;
      const wav = id.hair === 'wavy' ? 0.08 : 0;
      const back = closedCurve([
        pt(0, 2.3),
        pt(W + 0.25, 1.5),
        pt(W + 0.35 + wav, 0.0),
        pt(W + 0.4 - wav, len + 0.9),
        pt(W + 0.3, len),
        pt(0.6, len - 0.1),
        pt(-0.6, len - 0.1),
        pt(-W - 0.3, len),
        pt(-W - 0.4 + wav, len + 0.9),
        pt(-W - 0.35 - wav, 0.0),
        pt(-W - 0.25, 1.5),
      ]);
      const fringe = id.hair === 'fringe';
      const hairline = fringe ? 1.12 : hl;
      let front = '';
      if (fringe) {
        front = closedCurve([
          pt(-(W - 0.1), 0.45),
          pt(-(W - 0.2), 1.0),
          pt(-0.7, 1.14),
          pt(-0.35, 1.1),
          pt(0, hairline),
          pt(0.35, 1.1),
          pt(0.7, 1.14),
          pt(W - 0.2, 1.0),
          pt(W - 0.1, 0.45),
          pt(W - 0.05, -0.4),
          pt(W + 0.05, -1.3),
          pt(W + 0.3, -1.2),
          pt(W + 0.28, 1.3),
          pt(0.92, 2.05),
          pt(0, 2.25),
          pt(-0.92, 2.05),
          pt(-W - 0.28, 1.3),
          pt(-W - 0.3, -1.2),
          pt(-W - 0.05, -1.3),
          pt(-W + 0.05, -0.4),
        ]);
      } else {
        front = closedCurve([
          pt(-(W - 0.1), 0.5),
          pt(-(W - 0.18), 1.0),
          pt(-0.7, hairline - 0.05),
          pt(-0.05, hairline + 0.06),
          pt(0.12, hairline + 0.12),
          pt(0.5, hairline + 0.02),
          pt(W - 0.18, 1.05),
          pt(W - 0.08, 0.4),
          pt(W - 0.04 + wav, -0.5),
          pt(W + 0.02 - wav, -1.4),
          pt(W + 0.12, len + 0.5),
          pt(W + 0.35, len + 0.6),
          pt(W + 0.3 + wav, -0.2),
          pt(W + 0.25, 1.3),
          pt(0.92, 2.08),
          pt(0, 2.28),
          pt(-0.92, 2.08),
          pt(-W - 0.25, 1.3),
          pt(-W - 0.3 - wav, -0.2),
          pt(-W - 0.35, len + 0.6),
          pt(-W - 0.12, len + 0.5),
          pt(-W - 0.02 + wav, -1.4),
          pt(-W + 0.04 - wav, -0.5),
        ]);
      }
      let extra = sheen([pt(-0.75, 1.85), pt(-0.3, 2.12), pt(0.1, 2.15)]);
      if (id.hair === 'locs') {
        for (let i = 0; i < 10; i++) {
          const s = i < 5 ? -1 : 1;
          const x = s * (W + 0.02 + (i % 5) * 0.07);
          extra += path(
            curve([pt(x * 0.9, 1.3), pt(x, 0.2), pt(x + s * 0.03, -1.2), pt(x + s * 0.05, len + 0.55)]),
            `fill="none" stroke="${p.hairDark}" stroke-width="${px(0.02)}" opacity="0.55"`,
          );
        }
        for (let i = 0; i < 7; i++) {
          const x = -0.75 + i * 0.25;
          extra += path(
            curve([pt(x * 0.4, hairline + 0.05), pt(x * 0.8, 1.9), pt(x, 2.15)]),
            `fill="none" stroke="${p.hairDark}" stroke-width="${px(0.02)}" opacity="0.5"`,
          );
        }
      } else {
        extra += strands([-0.5, -0.3, 0.35, 0.55], hairline + 0.1, 2.0);
      }
      return { back: path(back, `fill="${p.hairDark}"`), front: path(front, fill) + extra };
    }
    case 'bob': {
      const back = closedCurve([
        pt(0, 2.3),
        pt(W + 0.3, 1.4),
        pt(W + 0.35, -0.3),
        pt(W + 0.3, -1.45),
        pt(0, -1.3),
        pt(-W - 0.3, -1.45),
        pt(-W - 0.35, -0.3),
        pt(-W - 0.3, 1.4),
      ]);
      const front = closedCurve([
        pt(-(W - 0.1), 0.5),
        pt(-(W - 0.18), 1.0),
        pt(-0.7, hl - 0.05),
        pt(-0.3, hl + 0.12),
        pt(0.3, hl + 0.02),
        pt(0.75, hl - 0.06),
        pt(W - 0.18, 1.0),
        pt(W - 0.08, 0.4),
        pt(W - 0.02, -0.7),
        pt(W + 0.05, -1.35),
        pt(W + 0.35, -1.45),
        pt(W + 0.34, 0),
        pt(W + 0.25, 1.4),
        pt(0.9, 2.08),
        pt(0, 2.28),
        pt(-0.9, 2.08),
        pt(-W - 0.25, 1.4),
        pt(-W - 0.34, 0),
        pt(-W - 0.35, -1.45),
        pt(-W - 0.05, -1.35),
        pt(-W + 0.02, -0.7),
        pt(-W + 0.08, 0.4),
      ]);
      return {
        back: path(back, `fill="${p.hairDark}"`),
        front: path(front, fill) + sheen([pt(-0.7, 1.85), pt(-0.2, 2.12), pt(0.2, 2.12)]),
      };
    }
    case 'bun':
    case 'pulled-back': {
      const front = capFront(0.06, hl, 0.6, 0.0);
      const bun =
        id.hair === 'bun'
          ? `<circle cx="${f(X(0))}" cy="${f(Y(2.25))}" r="${px(0.42)}" fill="${c.url('hair')}"/>`
          : '';
      const lines =
        [-0.6, -0.3, 0.3, 0.6]
          .map((x) =>
            path(
              curve([pt(x * 1.4, hl + 0.05), pt(x * 1.1, 1.8), pt(x * 0.4, 2.15)]),
              `fill="none" stroke="${p.hairDark}" stroke-width="${px(0.02)}" opacity="0.45"`,
            ),
          )
          .join('') + sheen([pt(-0.6, 1.9), pt(-0.2, 2.15), pt(0.2, 2.12)]);
      return { back: bun, front: path(front, fill) + lines };
    }
  }
}
