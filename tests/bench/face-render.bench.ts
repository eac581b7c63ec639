/**
 * Benchmark (not a test): milliseconds per face for the built-in face library.
 *  - Node: renderFace() → SVG string (median of N rounds over every identity × 8 expressions),
 *    and the same plus rasterising to a 512 px PNG with @resvg/resvg-js.
 *  - Chromium (playwright-core, headless): the renderer bundled into the page; per face the SVG is
 *    generated in the page, decoded into an ImageBitmap and drawn onto a 512 px canvas.
 * Run: `npx tsx tests/bench/face-render.bench.ts [rounds]`.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { Resvg } from '@resvg/resvg-js';
import { EMOTIONS } from '../../shared/emotions';
import { IDENTITIES, expressionAu, renderFace, type AuValues } from '../../shared/face/index';
import { chromiumPath } from '../browser/chromium';

const ROUNDS = Number(process.argv[2] ?? 7);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const jobs: { i: number; au: AuValues }[] = [];
IDENTITIES.forEach((_, i) => {
  jobs.push({ i, au: {} });
  for (const e of EMOTIONS) jobs.push({ i, au: expressionAu(e, 1) });
});

function nodeSvg(): number[] {
  const per: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    let bytes = 0;
    for (const j of jobs) bytes += renderFace(IDENTITIES[j.i]!, j.au).length;
    per.push((performance.now() - t0) / jobs.length);
    if (bytes === 0) throw new Error('empty');
  }
  return per;
}

function nodeRaster(): number[] {
  const per: number[] = [];
  const sample = jobs.filter((_, k) => k % 4 === 0);
  for (let r = 0; r < Math.min(ROUNDS, 3); r++) {
    const t0 = performance.now();
    for (const j of sample) new Resvg(renderFace(IDENTITIES[j.i]!, j.au)).render().asPng();
    per.push((performance.now() - t0) / sample.length);
  }
  return per;
}

async function browser(): Promise<{ svg: number; total: number; bytes: number }> {
  const bundle = await build({
    stdin: {
      contents: `import { IDENTITIES, expressionAu, renderFace } from './shared/face/index'; import { EMOTIONS } from './shared/emotions'; window.face = { IDENTITIES, expressionAu, renderFace, EMOTIONS };`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
  });
  const code = bundle.outputFiles[0]!.text;
  const b = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await b.newPage();
    await page.setContent('<canvas id="c" width="512" height="512"></canvas>');
    await page.addScriptTag({ content: code });
    // A plain string, so the TypeScript loader's helpers (e.g. __name) never reach the page.
    const script = `(async (rounds) => {
      const f = window.face;
      const canvas = document.getElementById('c');
      const ctx = canvas.getContext('2d');
      const list = [];
      for (const id of f.IDENTITIES) {
        list.push({ id, au: {} });
        for (const e of f.EMOTIONS) list.push({ id, au: f.expressionAu(e, 1) });
      }
      const svgTimes = [];
      const totalTimes = [];
      let bytes = 0;
      for (let r = 0; r < rounds; r++) {
        let t0 = performance.now();
        const svgs = list.map((x) => f.renderFace(x.id, x.au));
        svgTimes.push((performance.now() - t0) / list.length);
        bytes = svgs.reduce((s, x) => s + x.length, 0) / svgs.length;
        t0 = performance.now();
        for (const x of list) {
          const svg = f.renderFace(x.id, x.au);
          const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
          const img = new Image();
          img.src = url;
          await img.decode();
          const bmp = await createImageBitmap(img, { resizeWidth: 512, resizeHeight: 512 });
          ctx.clearRect(0, 0, 512, 512);
          ctx.drawImage(bmp, 0, 0);
          ctx.getImageData(256, 256, 1, 1);
          bmp.close();
          URL.revokeObjectURL(url);
        }
        totalTimes.push((performance.now() - t0) / list.length);
      }
      const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      return { svg: med(svgTimes), total: med(totalTimes), bytes };
    })(${Math.min(ROUNDS, 3)})`;
    const out = (await page.evaluate(script)) as { svg: number; total: number; bytes: number };
    return out;
  } finally {
    await b.close();
  }
}

const svgNode = median(nodeSvg());
const rasterNode = median(nodeRaster());
console.log(`faces per round: ${jobs.length} (${IDENTITIES.length} identities × neutral + 7 emotions)`);
console.log(
  `node   renderFace → SVG string:           ${svgNode.toFixed(3)} ms/face (median of ${ROUNDS} rounds)`,
);
console.log(`node   renderFace + resvg → 512px PNG:    ${rasterNode.toFixed(1)} ms/face (median)`);
const br = await browser();
console.log(`chromium renderFace → SVG string:         ${br.svg.toFixed(3)} ms/face (median)`);
console.log(
  `chromium SVG → ImageBitmap → canvas (incl. generation): ${br.total.toFixed(2)} ms/face (median)`,
);
console.log(`mean SVG size: ${(br.bytes / 1024).toFixed(1)} KiB`);
