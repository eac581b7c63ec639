/**
 * Writes PNG contact sheets of the built-in face library to faces-sheets/ (gitignored):
 * every identity × neutral + seven emotions at full intensity, intensity ladders (subtle → full),
 * variants, masked expressions and a dynamic strip. Run with `npm run faces:sheet`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { EMOTIONS, EMOTION_LABELS } from '../../shared/emotions';
import type { AuValues, Identity } from '../../shared/face/index';
import {
  IDENTITIES,
  EXPRESSIONS,
  expressionAu,
  maskBaseAu,
  maskedAu,
  dynamicAu,
  renderFace,
} from '../../shared/face/index';

const OUT = 'faces-sheets';
mkdirSync(OUT, { recursive: true });

interface Cell {
  identity: Identity;
  au: AuValues;
  label: string;
}

let counter = 0;
function sheet(name: string, rows: Cell[][], cell = 200, title = ''): void {
  const cols = Math.max(...rows.map((r) => r.length));
  const labelH = 18;
  const top = title ? 28 : 0;
  const W = cols * cell;
  const H = top + rows.length * (cell + labelH);
  let body = `<rect width="${W}" height="${H}" fill="#ffffff"/>`;
  if (title) body += `<text x="8" y="20" font-family="sans-serif" font-size="16" fill="#222">${title}</text>`;
  rows.forEach((row, r) => {
    row.forEach((c, i) => {
      const x = i * cell;
      const y = top + r * (cell + labelH);
      const svg = renderFace(c.identity, c.au, { idPrefix: `c${counter++}x` });
      const inner = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
      body += `<svg x="${x}" y="${y}" width="${cell}" height="${cell}" viewBox="0 0 512 512">${inner}</svg>`;
      body += `<text x="${x + cell / 2}" y="${y + cell + 13}" text-anchor="middle" font-family="sans-serif" font-size="12" fill="#333">${c.label}</text>`;
    });
  });
  const doc = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`;
  const png = new Resvg(doc, { fitTo: { mode: 'width', value: W }, font: { loadSystemFonts: true } })
    .render()
    .asPng();
  writeFileSync(`${OUT}/${name}.png`, png);
  console.log(`${OUT}/${name}.png`);
}

const only = process.argv[2];
const ids = only ? IDENTITIES.filter((x) => only.split(',').includes(x.id)) : IDENTITIES;
const cellSize = Number(process.env.CELL ?? 160);

// 1. every identity × neutral + seven emotions (full), in pages of 6 identities
for (let page = 0; page * 6 < ids.length; page++) {
  const rows = ids
    .slice(page * 6, page * 6 + 6)
    .map((identity) => [
      { identity, au: {}, label: `${identity.id} neutral` },
      ...EMOTIONS.map((e) => ({ identity, au: expressionAu(e, 1), label: EMOTION_LABELS[e] })),
    ]);
  sheet(`emotions-${page + 1}`, rows, cellSize);
}

// 2. intensity ladders: each emotion subtle → full on a few identities of different tones
const ladderIds = ids.filter((_, i) => i % 4 === 0);
const levels = [0.2, 0.35, 0.5, 0.65, 0.8, 1.0];
for (const e of EMOTIONS) {
  const rows = ladderIds.map((identity) => [
    { identity, au: {}, label: `${identity.id} 0` },
    ...levels.map((k) => ({ identity, au: expressionAu(e, k), label: `${k}` })),
  ]);
  sheet(`ladder-${e}`, rows, cellSize, `${EMOTION_LABELS[e]}: intensity ladder`);
}

// 3. variants
const vIds = [ids[0]!, ids[Math.min(8, ids.length - 1)]!, ids[Math.min(17, ids.length - 1)]!];
const vrows = vIds.map((identity) =>
  EMOTIONS.flatMap((e) =>
    EXPRESSIONS[e].variants.map((v) => ({
      identity,
      au: expressionAu(e, 1, v.id),
      label: `${e.slice(0, 5)}/${v.id}`,
    })),
  ),
);
sheet('variants', vrows, 130);

// 4. masked: base frame vs flash apex
const pairs: [(typeof EMOTIONS)[number], (typeof EMOTIONS)[number]][] = [
  ['happiness', 'sadness'],
  ['happiness', 'anger'],
  ['happiness', 'contempt'],
  ['happiness', 'disgust'],
  ['sadness', 'happiness'],
  ['happiness', 'fear'],
];
const mrows = vIds.map((identity) =>
  pairs.flatMap(([b, fl]) => [
    { identity, au: maskBaseAu(b), label: `base ${b.slice(0, 5)}` },
    { identity, au: maskedAu(b, fl, 1), label: `+${fl.slice(0, 5)}` },
  ]),
);
sheet('masked', mrows, 130);

// 5. dynamic: onset-apex-offset of surprise and fear
const times = [0, 0.1, 0.2, 0.3, 0.5, 0.75, 0.85, 1];
const drows = (['surprise', 'fear', 'happiness'] as const).map((e) =>
  times.map((t) => ({
    identity: ids[2 % ids.length]!,
    au: dynamicAu({}, expressionAu(e, 1), t),
    label: `${e.slice(0, 5)} t=${t}`,
  })),
);
sheet('dynamic', drows, 130);
