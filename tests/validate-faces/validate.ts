/**
 * On-demand smoke test of the synthetic face library with an independent classifier
 * (@vladmandic/face-api on the tfjs wasm backend). Renders every identity × (neutral + seven emotions),
 * detects the face, reads the top expression and the 68 landmarks, and checks each emotion's
 * landmark movement against the same identity's neutral. Not a target to tune to.
 *
 * Run from the repo root: `npx tsx tests/validate-faces/validate.ts [intensity]`
 * (after `cd tests/validate-faces && npm install`). The last line printed is one JSON object.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { EMOTIONS, type Emotion } from '../../shared/emotions';
import { IDENTITIES, expressionAu, renderFace } from '../../shared/face/index';

const dir = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
/* eslint-disable @typescript-eslint/no-explicit-any */
const faceapi: any = require('@vladmandic/face-api/dist/face-api.node-wasm.js');
const wasm: any = require('@tensorflow/tfjs-backend-wasm');

const intensity = Number(process.argv[2] ?? 1);
const CLASS: Record<Emotion, string | null> = {
  happiness: 'happy',
  sadness: 'sad',
  fear: 'fearful',
  anger: 'angry',
  surprise: 'surprised',
  contempt: null,
  disgust: 'disgusted',
};
const LABELS = ['neutral', 'happy', 'sad', 'angry', 'fearful', 'disgusted', 'surprised'];

type P = { x: number; y: number };
interface Result {
  detected: boolean;
  top: string;
  pts: P[];
}

async function analyse(svg: string): Promise<Result> {
  const img = new Resvg(svg, { fitTo: { mode: 'width', value: 512 } }).render();
  const { width: w, height: h } = img;
  const rgba = img.pixels;
  const rgb = new Int32Array(w * h * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    rgb[j] = rgba[i]!;
    rgb[j + 1] = rgba[i + 1]!;
    rgb[j + 2] = rgba[i + 2]!;
  }
  const t = faceapi.tf.tensor3d(rgb, [h, w, 3], 'int32');
  try {
    const r = await faceapi
      .detectSingleFace(t, new faceapi.SsdMobilenetv1Options({ minConfidence: 0.2 }))
      .withFaceLandmarks()
      .withFaceExpressions();
    if (!r) return { detected: false, top: 'none', pts: [] };
    const ex = r.expressions as Record<string, number>;
    const top = Object.entries(ex).sort((a, b) => b[1] - a[1])[0]![0];
    return { detected: true, top, pts: r.landmarks.positions.map((p: P) => ({ x: p.x, y: p.y })) };
  } finally {
    t.dispose();
  }
}

const mean = (ps: P[]): P => ({
  x: ps.reduce((s, p) => s + p.x, 0) / ps.length,
  y: ps.reduce((s, p) => s + p.y, 0) / ps.length,
});
const idx = (pts: P[], is: number[]): P[] => is.map((i) => pts[i]!);

/** Landmark measures in units of the inter-ocular distance, y up. */
function measures(pts: P[]) {
  const eR = mean(idx(pts, [36, 37, 38, 39, 40, 41]));
  const eL = mean(idx(pts, [42, 43, 44, 45, 46, 47]));
  const iod = Math.hypot(eL.x - eR.x, eL.y - eR.y);
  // vertical reference: the four eye corners, which the lids (AU5/6/7) barely move
  const eyeY = (pts[36]!.y + pts[39]!.y + pts[42]!.y + pts[45]!.y) / 4;
  const up = (p: P): number => (eyeY - p.y) / iod;
  const browInner = (up(pts[21]!) + up(pts[22]!)) / 2;
  const browAll = mean(idx(pts, [17, 18, 19, 20, 21, 22, 23, 24, 25, 26]));
  return {
    iod,
    browInner,
    browMean: up(browAll),
    browGap: Math.hypot(pts[22]!.x - pts[21]!.x, pts[22]!.y - pts[21]!.y) / iod,
    cornerR: up(pts[48]!), // subject's right corner (image left)
    cornerL: up(pts[54]!),
    mouthW: Math.hypot(pts[54]!.x - pts[48]!.x, pts[54]!.y - pts[48]!.y) / iod,
    open: (pts[66]!.y - pts[62]!.y) / iod,
    upperLipToNose: (pts[51]!.y - pts[33]!.y) / iod,
    upperLip: up(pts[51]!),
    eyeOpen:
      (pts[41]!.y -
        pts[37]!.y +
        pts[40]!.y -
        pts[38]!.y +
        pts[47]!.y -
        pts[43]!.y +
        pts[46]!.y -
        pts[44]!.y) /
      4 /
      iod,
  };
}
type M = ReturnType<typeof measures>;

/** Does the expression move the landmarks the way the prototype says, relative to neutral? */
function check(e: Emotion, n: M, x: M): boolean {
  const dCorner = (x.cornerL + x.cornerR - n.cornerL - n.cornerR) / 2;
  switch (e) {
    case 'happiness':
      return dCorner > 0.02 && x.mouthW > n.mouthW;
    case 'sadness':
      return x.browInner - n.browInner > 0.01 && dCorner < -0.01;
    case 'surprise':
      return x.browMean - n.browMean > 0.03 && x.open - n.open > 0.08;
    case 'fear':
      return x.browMean - n.browMean > 0.015 && x.mouthW - n.mouthW > 0.03;
    case 'anger':
      return x.browMean - n.browMean < -0.01 && x.browGap < n.browGap;
    case 'disgust':
      return x.upperLip - n.upperLip > 0.015 || x.upperLipToNose - n.upperLipToNose < -0.015;
    case 'contempt': {
      const dR = x.cornerR - n.cornerR;
      const dL = x.cornerL - n.cornerL;
      return dR - dL > 0.012 && Math.abs(dL) < Math.abs(dR);
    }
  }
}

async function main(): Promise<void> {
  wasm.setWasmPaths(path.join(dir, 'node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/');
  await faceapi.tf.setBackend('wasm');
  await faceapi.tf.ready();
  const modelDir = path.join(dir, 'node_modules/@vladmandic/face-api/model');
  await faceapi.nets.ssdMobilenetv1.loadFromDisk(modelDir);
  await faceapi.nets.faceLandmark68Net.loadFromDisk(modelDir);
  await faceapi.nets.faceExpressionNet.loadFromDisk(modelDir);

  const conf: Record<string, Record<string, number>> = {};
  const recognised: Record<string, number> = {};
  const detectedBy: Record<string, string[]> = {};
  let faces = 0;
  let detected = 0;
  let checks = 0;
  let checksPassed = 0;
  const checkFail: Record<string, string[]> = {};
  const t0 = Date.now();
  const only = process.env.IDS?.split(',');
  const roster = only ? IDENTITIES.filter((x) => only.includes(x.id)) : IDENTITIES;
  for (const identity of roster) {
    const row: string[] = [];
    const neutral = await analyse(renderFace(identity, {}));
    faces++;
    conf['neutral'] ??= {};
    conf['neutral']![neutral.top] = (conf['neutral']![neutral.top] ?? 0) + 1;
    if (neutral.detected) detected++;
    row.push(neutral.detected ? `neutral:${neutral.top}` : 'neutral:-');
    const nm = neutral.detected ? measures(neutral.pts) : null;
    for (const e of EMOTIONS) {
      const r = await analyse(renderFace(identity, expressionAu(e, intensity)));
      faces++;
      conf[e] ??= {};
      conf[e]![r.top] = (conf[e]![r.top] ?? 0) + 1;
      if (r.detected) detected++;
      if (CLASS[e] && r.top === CLASS[e]) recognised[e] = (recognised[e] ?? 0) + 1;
      if (r.detected && nm) {
        checks++;
        if (check(e, nm, measures(r.pts))) checksPassed++;
        else {
          const x = measures(r.pts);
          const d = (k: keyof M): string => (x[k] - nm[k]).toFixed(3);
          (checkFail[e] ??= []).push(
            `${identity.id}(brow ${d('browMean')} inner ${d('browInner')} gap ${d('browGap')} cornerR ${d('cornerR')} cornerL ${d('cornerL')} width ${d('mouthW')} open ${d('open')} lip ${d('upperLip')})`,
          );
        }
      }
      row.push(r.detected ? `${e.slice(0, 4)}:${r.top}` : `${e.slice(0, 4)}:-`);
    }
    detectedBy[identity.id] = row;
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  const n = roster.length;
  const pad = (s: string, k: number): string => s.padEnd(k);
  console.log(
    `Face library validation (@vladmandic/face-api, wasm), intensity ${intensity}, ${faces} faces, ${((Date.now() - t0) / faces / 1000).toFixed(2)} s/face`,
  );
  console.log('');
  console.log('Top expression class per rendered emotion (counts over identities):');
  console.log(pad('emotion', 11) + LABELS.map((l) => pad(l, 10)).join('') + pad('none', 6) + 'recognised');
  for (const e of ['neutral', ...EMOTIONS]) {
    const c = conf[e] ?? {};
    const target = e === 'neutral' ? 'neutral' : CLASS[e as Emotion];
    const rec = target ? `${Math.round(((c[target] ?? 0) / n) * 100)}%` : 'n/a (no class)';
    console.log(
      pad(e, 11) +
        LABELS.map((l) => pad(String(c[l] ?? 0), 10)).join('') +
        pad(String(c['none'] ?? 0), 6) +
        rec,
    );
  }
  console.log('');
  console.log('Per identity (detected faces of 8; top class per render):');
  for (const identity of roster) {
    const row = detectedBy[identity.id]!;
    const det = row.filter((x) => !x.endsWith(':-')).length;
    console.log(`${identity.id} ${det}/8  ${row.join(' ')}`);
  }
  console.log('');
  console.log('Landmark checks failed (emotion: identities):');
  for (const e of EMOTIONS) {
    const fails = checkFail[e] ?? [];
    console.log(`  ${pad(e, 10)} ${fails.length ? fails.map((f) => f.split('(')[0]).join(' ') : '-'}`);
    if (process.env.VERBOSE) for (const f of fails) console.log(`      ${f}`);
  }
  const byEmotion: Record<string, number | null> = {};
  for (const e of EMOTIONS)
    byEmotion[e] = CLASS[e] ? Math.round(((recognised[e] ?? 0) / n) * 1000) / 10 : null;
  console.log(
    JSON.stringify({
      faces,
      detected_pct: Math.round((detected / faces) * 1000) / 10,
      recognised_pct_by_emotion: byEmotion,
      landmark_checks_passed_pct: checks ? Math.round((checksPassed / checks) * 1000) / 10 : 0,
    }),
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
