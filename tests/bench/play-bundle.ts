/**
 * First-load JavaScript of the play page, gzipped (target: at most 150 KB, for phones on school Wi-Fi).
 * Loads /play/<code> with a real seat in Chromium against the built app, collects every JavaScript
 * response until the network is idle, and gzips each body (level 9, as the precompressed files are).
 *
 *   npx tsx tests/bench/play-bundle.ts
 */
import { gzipSync } from 'node:zlib';
import buildIfStale from '../browser/global-setup';
import { launchChromium, newPage, startServer } from '../browser/harness';
import { createGameRest } from '../browser/players';

buildIfStale();
const server = await startServer();
const browser = await launchChromium();
try {
  const game = await createGameRest(server.url);
  const seat = await fetch(`${server.url}/api/games/${game.code}/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Size' }),
  }).then((r) => r.json() as Promise<{ data: unknown }>);
  const { page } = await newPage(browser);
  await page.goto(`${server.url}/`);
  await page.evaluate(
    ([c, s]) => localStorage.setItem(`glimpse:player:${c}`, s!),
    [game.code, JSON.stringify(seat.data)],
  );
  const scripts: Array<{ url: string; raw: number; gz: number }> = [];
  page.on('response', async (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (!type.includes('javascript')) return;
    const body = await response.body();
    scripts.push({
      url: new URL(response.url()).pathname,
      raw: body.length,
      gz: gzipSync(body, { level: 9 }).length,
    });
  });
  await page.goto(`${server.url}/play/${game.code}`, { waitUntil: 'networkidle' });
  await page.getByText('You are in!').or(page.getByText('Before you play')).first().waitFor();
  scripts.sort((a, b) => b.gz - a.gz);
  for (const s of scripts)
    console.log(
      `${(s.gz / 1024).toFixed(1).padStart(7)} KB gz ${(s.raw / 1024).toFixed(1).padStart(7)} KB  ${s.url}`,
    );
  const total = scripts.reduce((sum, s) => sum + s.gz, 0);
  const raw = scripts.reduce((sum, s) => sum + s.raw, 0);
  console.log(
    `play page first-load JS: ${scripts.length} files, ${(raw / 1024).toFixed(1)} KB raw, ${(total / 1024).toFixed(1)} KB gzipped`,
  );
} finally {
  await browser.close();
  await server.close();
}
