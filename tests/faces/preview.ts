/**
 * Development helper: renders a few identities × expressions large, optionally cropped, to
 * /tmp/face-preview.png for close inspection.
 *   npx tsx tests/faces/preview.ts id01,id04 neutral,anger,fear 1 300
 *   VB="106 60 300 300" npx tsx tests/faces/preview.ts id01 happiness      (crop to the face)
 * Arguments: identity ids, expressions (neutral or emotion names), intensity, cell size in px.
 */
import { writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { EMOTIONS, isEmotion } from '../../shared/emotions';
import { IDENTITIES, expressionAu, renderFace } from '../../shared/face/index';

const ids = (process.argv[2] ?? 'id01').split(',');
const exprs = (process.argv[3] ?? ['neutral', ...EMOTIONS].join(',')).split(',');
const k = Number(process.argv[4] ?? 1);
const cell = Number(process.argv[5] ?? 300);
const vb = process.env.VB ?? '0 0 512 512';
const out = process.env.OUT ?? '/tmp/face-preview.png';
let body = '';
let n = 0;
ids.forEach((id, r) => {
  const identity = IDENTITIES.find((x) => x.id === id);
  if (!identity) throw new Error(`unknown identity ${id}`);
  exprs.forEach((e, i) => {
    const au = isEmotion(e) ? expressionAu(e, k) : {};
    const svg = renderFace(identity, au, { idPrefix: `p${n++}x` })
      .replace(/^<svg[^>]*>/, '')
      .replace(/<\/svg>$/, '');
    body += `<svg x="${i * cell}" y="${r * cell}" width="${cell}" height="${cell}" viewBox="${vb}">${svg}</svg>`;
  });
});
const doc = `<svg xmlns="http://www.w3.org/2000/svg" width="${exprs.length * cell}" height="${ids.length * cell}">${body}</svg>`;
writeFileSync(out, new Resvg(doc).render().asPng());
console.log(out);
