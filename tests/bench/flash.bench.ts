/**
 * Flash timing benchmark (docs/flash-and-sync.md, "Measuring it"): real browsers, and jsPsych side by side.
 *
 * K Chromium pages play R rounds at each of 1, 2, 4 and 12 frames (exposureMs = frames × 16.67)
 * against the real server; per round it records every page's first expression frame (rAF timestamp
 * on the epoch clock) and the frames shown. Then, in the same browser, the same exposures are
 * requested from jsPsych's `stimulus_duration` (image-keyboard-response) and the frames each trial
 * actually showed are counted (rAF frames during which the stimulus element is visible).
 *
 *   npm run bench:flash                      # K=4 pages, R=20 rounds per exposure
 *   BENCH_PAGES=8 BENCH_ROUNDS=50 npm run bench:flash
 *
 * Last line: one JSON object {"pages","rounds","exact_pct","spread_p50_ms","spread_p95_ms",
 * "spread_max_ms","jspsych_exact_pct"}. A benchmark prints figures; it asserts nothing.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, HostView, ServerToClientEvents } from '../../shared/protocol';
import buildIfStale from '../browser/global-setup';
import { launchChromium, newPage, startServer, type TestServer } from '../browser/harness';
import { createGameRest, flashLog } from '../browser/players';
import type { FlashLogEntry } from '../../web/lib/flash/report';

const PAGES = Number(process.env.BENCH_PAGES ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const FRAMES = [1, 2, 4, 12] as const;
const FRAME_MS = 1000 / 60;
const NODE_MODULES = join(import.meta.dirname, '..', '..', 'node_modules');

type HostSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);
const ms = (v: number) => Math.round(v * 100) / 100;

async function until<T>(get: () => T | null | undefined | false, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = get();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The host, driven over its socket (the benchmark measures flashes, not the host UI). */
async function connectHost(base: string, token: string) {
  let view: HostView | null = null;
  const socket: HostSocket = io(base, { auth: { token }, transports: ['websocket'] });
  socket.on('view', (v) => {
    if (v.role === 'host') view = v;
  });
  await new Promise<void>((resolve, reject) => {
    socket.on('connect', () => resolve());
    socket.on('connect_error', reject);
  });
  const command = async (event: 'host:start' | 'host:close' | 'host:next', round = 0) => {
    const result = await (event === 'host:start'
      ? socket.emitWithAck(event, {})
      : socket.emitWithAck(event, { round }));
    if (!result.ok) throw new Error(`${event}: ${result.error.code}`);
  };
  return { socket, view: () => view, command };
}

/** One game of ROUNDS rounds at `frames` frames on every page; returns every page's log. */
async function playGame(server: TestServer, pages: Page[], frames: number): Promise<FlashLogEntry[][]> {
  const exposureMs = Math.round(frames * FRAME_MS);
  const game = await createGameRest(server.url, {
    rounds: ROUNDS,
    exposureMs,
    timeLimitMs: null,
    mode: 'lesson',
    scoring: false,
    autoAdvance: false,
  });
  const host = await connectHost(server.url, game.hostToken);
  // Seats over REST, stored where the join page would store them; the notice acknowledged before.
  await Promise.all(
    pages.map(async (page, i) => {
      const response = await fetch(`${server.url}/api/games/${game.code}/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: `Bench ${i + 1}` }),
      });
      const seat = ((await response.json()) as { data: unknown }).data;
      await page.goto(`${server.url}/`);
      await page.evaluate(
        ([code, value]) => {
          localStorage.setItem(`glimpse:player:${code}`, value!);
          localStorage.setItem('glimpse:photosensitivity-ack', '1');
        },
        [game.code, JSON.stringify(seat)],
      );
      await page.goto(`${server.url}/play/${game.code}`);
      await page.getByTestId('refresh').getByText('Hz').waitFor();
    }),
  );
  await until(() => host.view()?.participants.filter((p) => p.connected).length === pages.length);
  // Let every page finish its first clock burst.
  await new Promise((r) => setTimeout(r, 1200));
  await host.command('host:start');
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(
      pages.map((page) =>
        page.waitForFunction((r) => window.glimpse?.flashLog.some((e) => e.round === r) ?? false, round, {
          timeout: 30_000,
        }),
      ),
    );
    await until(() => host.view()?.phase === 'answering' && host.view()?.round?.index === round);
    await host.command('host:close', round); // close answers → reveal
    await until(() => host.view()?.phase === 'reveal');
    await host.command('host:next', round); // next round (or the end)
  }
  const logs = await Promise.all(pages.map((page) => flashLog(page)));
  host.socket.close();
  return logs;
}

/** The same exposures through jsPsych's `stimulus_duration`, frames counted per trial. */
async function runJsPsych(browser: Browser): Promise<Array<{ frames: number; shown: number }>> {
  const { page, context } = await newPage(browser);
  await page.setContent('<!doctype html><html><body><div id="target"></div></body></html>');
  // tsx (esbuild keepNames) wraps named functions in `__name(...)`; give the page a no-op one.
  await page.evaluate('window.__name = (f) => f');
  await page.addScriptTag({ path: join(NODE_MODULES, 'jspsych', 'dist', 'index.browser.min.js') });
  await page.addScriptTag({
    path: join(NODE_MODULES, '@jspsych', 'plugin-image-keyboard-response', 'dist', 'index.browser.min.js'),
  });
  const results = await page.evaluate(
    async ({ frames, rounds, frameMs }) => {
      const svg =
        '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="320"><rect width="320" height="320" fill="#808080"/><circle cx="160" cy="160" r="110" fill="#e0b898"/></svg>';
      const stimulus = `data:image/svg+xml,${encodeURIComponent(svg)}`;
      const out: Array<{ frames: number; shown: number }> = [];
      const w = window as unknown as {
        initJsPsych: (opts: object) => { run(timeline: object[]): Promise<void> };
        jsPsychImageKeyboardResponse: unknown;
      };
      const jsPsych = w.initJsPsych({ display_element: 'target' });
      const timeline = frames.flatMap((f) =>
        Array.from({ length: rounds }, () => ({
          type: w.jsPsychImageKeyboardResponse,
          stimulus,
          stimulus_duration: Math.round(f * frameMs),
          trial_duration: Math.round(f * frameMs) + 250,
          choices: 'NO_KEYS',
          post_trial_gap: 100,
          on_load: () => {
            // Count the frames rendered while the stimulus is visible: rAF runs right before
            // style, layout and paint, so the state seen here is the state painted in that frame.
            let shown = 0;
            const tick = () => {
              const el = document.getElementById('jspsych-image-keyboard-response-stimulus');
              if (el && el.style.visibility !== 'hidden') {
                shown++;
                requestAnimationFrame(tick);
              } else out.push({ frames: f, shown });
            };
            requestAnimationFrame(tick);
          },
        })),
      );
      await jsPsych.run(timeline);
      return out;
    },
    { frames: [...FRAMES], rounds: ROUNDS, frameMs: FRAME_MS },
  );
  await context.close();
  return results;
}

async function main(): Promise<void> {
  buildIfStale();
  const server = await startServer();
  const browser = await launchChromium();
  const started = Date.now();
  try {
    const pages: Page[] = [];
    for (let i = 0; i < PAGES; i++) pages.push((await newPage(browser)).page);

    console.log(
      `Glimpse flash benchmark: ${PAGES} Chromium pages × ${ROUNDS} rounds at ${FRAMES.join(', ')} frames`,
    );
    const spreads: number[] = [];
    let flashes = 0;
    let exact = 0;
    for (const frames of FRAMES) {
      const logs = await playGame(server, pages, frames);
      const perExposure: number[] = [];
      let exp = 0;
      let missed = 0;
      const reasons = new Map<string, number>();
      for (let round = 0; round < ROUNDS; round++) {
        const entries = logs.map((log) => log.find((e) => e.round === round));
        const onsets: number[] = [];
        for (const e of entries) {
          flashes++;
          if (!e || e.missed || e.apexEpochMs === null) {
            missed++;
            const why = `${e?.missedReason ?? 'no report'}${e ? ` r${round + 1} shown ${e.framesShown}` : ''}`;
            reasons.set(why, (reasons.get(why) ?? 0) + 1);
            continue;
          }
          onsets.push(e.apexEpochMs);
          if (e.framesShown === e.framesRequested && e.framesRequested === frames) {
            exact++;
            exp++;
          }
        }
        if (onsets.length > 1) perExposure.push(Math.max(...onsets) - Math.min(...onsets));
      }
      spreads.push(...perExposure);
      console.log(
        `  ${String(frames).padStart(2)} frame(s) (${Math.round(frames * FRAME_MS)} ms): exact ${exp}/${ROUNDS * PAGES} ` +
          `(${pct(exp, ROUNDS * PAGES)}%), missed ${missed}${reasons.size ? ` [${[...reasons].map(([k, n]) => `${k}×${n}`).join(', ')}]` : ''}, onset spread p50 ${ms(quantile(perExposure, 0.5))} ms, ` +
          `p95 ${ms(quantile(perExposure, 0.95))} ms, max ${ms(Math.max(...perExposure))} ms`,
      );
    }

    console.log(
      `jsPsych 8 image-keyboard-response, stimulus_duration, same browser, ${ROUNDS} trials per exposure`,
    );
    const trials = await runJsPsych(browser);
    let jsExact = 0;
    for (const frames of FRAMES) {
      const mine = trials.filter((t) => t.frames === frames);
      const ok = mine.filter((t) => t.shown === frames).length;
      jsExact += ok;
      const histogram = new Map<number, number>();
      for (const t of mine) histogram.set(t.shown, (histogram.get(t.shown) ?? 0) + 1);
      const shown = [...histogram.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([n, c]) => `${n}×${c}`)
        .join(' ');
      console.log(
        `  ${String(frames).padStart(2)} frame(s): exact ${ok}/${mine.length} (${pct(ok, mine.length)}%), frames shown ${shown}`,
      );
    }
    console.log(`(${Math.round((Date.now() - started) / 1000)} s)`);
    console.log(
      JSON.stringify({
        pages: PAGES,
        rounds: ROUNDS * FRAMES.length,
        exact_pct: pct(exact, flashes),
        spread_p50_ms: ms(quantile(spreads, 0.5)),
        spread_p95_ms: ms(quantile(spreads, 0.95)),
        spread_max_ms: ms(Math.max(...spreads)),
        jspsych_exact_pct: pct(jsExact, trials.length),
      }),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
