/**
 * Renders every identity × emotion × variant × a few intensities, masked and dynamic frames, the
 * layer split and the palette, and prints one hash per case (or compares with a saved file).
 * Used to prove that a refactor of the renderer leaves its output byte-identical.
 *
 *   npx tsx tests/faces/render-hashes.ts > /tmp/before.txt
 *   npx tsx tests/faces/render-hashes.ts --compare /tmp/before.txt
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { EMOTIONS } from '../../shared/emotions';
import {
  DECKS,
  EXPRESSIONS,
  IDENTITIES,
  expressionAu,
  palette,
  planStimuli,
  renderDynamic,
  renderFace,
  renderFaceLayers,
  renderStimulus,
} from '../../shared/face/index';

const h = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 16);
const lines: string[] = [];
const add = (key: string, s: string): void => void lines.push(`${key} ${h(s)}`);

for (const identity of IDENTITIES) {
  add(`${identity.id}/palette`, JSON.stringify(palette(identity)));
  add(`${identity.id}/neutral`, renderFace(identity, {}));
  add(`${identity.id}/neutral-opts`, renderFace(identity, {}, { size: 200, idPrefix: 'q' }));
  add(`${identity.id}/layers`, JSON.stringify(renderFaceLayers(identity, {})));
  for (const e of EMOTIONS) {
    for (const variant of EXPRESSIONS[e].variants) {
      for (const k of [0.2, 0.35, 0.65, 1]) {
        add(`${identity.id}/${e}/${variant.id}/${k}`, renderFace(identity, expressionAu(e, k, variant.id)));
      }
    }
    add(`${identity.id}/${e}/layers`, JSON.stringify(renderFaceLayers(identity, expressionAu(e, 1))));
  }
}
for (const deck of DECKS) {
  for (const seed of [1, 42, 2024]) {
    planStimuli(deck.id, [], 24, seed).forEach((spec, i) => {
      const key = `${deck.id}/${seed}/${i}`;
      add(`${key}/base`, renderStimulus(spec, 'base'));
      add(`${key}/apex`, renderStimulus(spec, 'apex'));
      for (const t of [0.1, 0.3, 0.5, 0.85]) add(`${key}/t${t}`, renderDynamic(spec, t));
    });
  }
}

const i = process.argv.indexOf('--compare');
if (i < 0) {
  console.log(lines.join('\n'));
} else {
  const before = readFileSync(process.argv[i + 1]!, 'utf8')
    .trim()
    .split('\n');
  let diff = 0;
  if (before.length !== lines.length) console.log(`case count differs: ${before.length} → ${lines.length}`);
  for (let j = 0; j < Math.min(before.length, lines.length); j++) {
    if (before[j] !== lines[j]) {
      if (diff++ < 20) console.log(`DIFF ${before[j]}  →  ${lines[j]}`);
    }
  }
  console.log(`${lines.length} cases, ${diff} differ`);
  process.exit(diff === 0 && before.length === lines.length ? 0 : 1);
}
