/**
 * A host and four participants play a five-round game through the UI only, in real Chromium
 * against the real server: every page flashes the requested number of frames, the first expression
 * frames of all pages lie within one frame of each other, the answers reach the host's page, and a
 * reload mid-game returns a participant to the same seat and score. axe-core checks each live screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { launchChromium, newPage, startServer, type TestServer } from './harness';
import { answerWithKey, createGameThroughUi, flashLog, joinThroughUi, waitForFlash } from './players';

/** Headless Chromium paces frames at 60 Hz; one frame plus 1 ms of slack. */
const ONE_FRAME_MS = 1000 / 60 + 1;
const ROUNDS = 5;
const PLAYERS = 4;

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function expectAccessible(page: Page, label: string): Promise<void> {
  expect(await seriousViolations(page), `axe on ${label}`).toEqual([]);
}

/** The host page's live "Answered n/m" count. */
function answeredCount(host: Page) {
  return host.locator('.counts > div', { hasText: 'Answered' }).locator('dd');
}

describe('a game in Chromium, through the UI', () => {
  it('flashes the same frames at the same moment on every page, and the answers reach the host', async () => {
    const { page: host } = await newPage(browser);
    const code = await createGameThroughUi(host, server.url, {
      rounds: ROUNDS,
      exposure: '67 ms',
      mode: 'Competition',
      autoAdvance: false,
    });
    const players: Page[] = [];
    for (let i = 0; i < PLAYERS; i++) {
      const { page } = await newPage(browser, { mobile: i % 2 === 1 });
      await joinThroughUi(page, server.url, code, `Player ${i + 1}`);
      players.push(page);
    }
    await host.getByText(`${PLAYERS} participants have joined`).waitFor();
    await expectAccessible(host, 'host lobby');
    await expectAccessible(players[0]!, 'play lobby');
    await host.getByRole('button', { name: 'Start game' }).click();

    const spreads: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const entries = await Promise.all(players.map((p) => waitForFlash(p, round)));
      for (const entry of entries) {
        expect(entry.missed, JSON.stringify(entry)).toBe(false);
        // 67 ms at 60 Hz is 4 whole frames (docs/flash-and-sync.md, "Frames").
        expect(entry.framesRequested).toBe(4);
        expect(entry.framesShown).toBe(entry.framesRequested);
      }
      const onsets = entries.map((e) => e.apexEpochMs!);
      const spread = Math.max(...onsets) - Math.min(...onsets);
      spreads.push(spread);
      console.log(
        `round ${round + 1}: onset −first (ms) ${onsets.map((o) => (o - onsets[0]!).toFixed(1)).join(' ')}; ` +
          `offset ${entries.map((e) => e.offsetMs.toFixed(1)).join(' ')}; rtt ${entries.map((e) => e.rttMs.toFixed(1)).join(' ')}`,
      );
      expect(spread, `round ${round + 1} onsets ${onsets.join(', ')}`).toBeLessThanOrEqual(ONE_FRAME_MS);

      if (round === 0) await expectAccessible(players[1]!, 'play answering');
      await Promise.all(players.map((p, i) => answerWithKey(p, ((i + round) % 7) + 1)));
      // The answers reach the host: its live count says every participant answered.
      await expect.poll(() => answeredCount(host).innerText()).toBe(`${PLAYERS}/${PLAYERS}`);
      if (round === 0) await expectAccessible(host, 'host answering');
      await host.getByRole('button', { name: 'Close answers' }).click();
      await host.getByRole('figure', { name: 'How the room answered' }).waitFor();
      await Promise.all(players.map((p) => p.getByTestId('feedback').waitFor()));
      if (round === 0) {
        await expectAccessible(players[0]!, 'play feedback');
        await expectAccessible(host, 'host reveal');
      }
      await host.getByRole('button', { name: round < ROUNDS - 1 ? 'Next round' : 'Show results' }).click();
    }

    await Promise.all(players.map((p) => p.getByTestId('final').waitFor()));
    await expectAccessible(players[0]!, 'play final');
    await expectAccessible(host, 'host finished');
    // Every page logged exactly one report per round.
    for (const page of players) expect((await flashLog(page)).map((e) => e.round)).toEqual([0, 1, 2, 3, 4]);
    console.log(`onset spread per round (ms): ${spreads.map((s) => s.toFixed(1)).join(', ')}`);
  });

  it('a reload mid-game returns the participant to the same seat and score', async () => {
    const { page: host } = await newPage(browser);
    const code = await createGameThroughUi(host, server.url, {
      rounds: 3,
      exposure: '100 ms',
      mode: 'Competition',
      autoAdvance: true,
    });
    const { page: player } = await newPage(browser);
    await joinThroughUi(player, server.url, code, 'Reloader');
    await host.getByText('1 participant has joined').waitFor();
    await host.getByRole('button', { name: 'Start game' }).click();

    // Answer round 1 correctly (the host's private "Show answer" tells the test which key).
    await waitForFlash(player, 0);
    await host.getByRole('button', { name: 'Show answer' }).click();
    const emotion = await host.locator('.answer strong').innerText();
    const key =
      ['Happiness', 'Sadness', 'Fear', 'Anger', 'Surprise', 'Contempt', 'Disgust'].indexOf(emotion) + 1;
    expect(key).toBeGreaterThan(0);
    await answerWithKey(player, key);
    await player.getByTestId('feedback').waitFor();
    const score = await player.getByTestId('score').innerText();
    expect(score).not.toBe('Score 0');

    // Next round starts; reload while it is being prepared.
    await host.getByRole('button', { name: 'Next round' }).click();
    await player.reload();
    await player.getByTestId('score').waitFor();
    expect(await player.getByTestId('score').innerText()).toBe(score);
    await expect.poll(() => player.locator('header strong').first().innerText()).toBe('Reloader');
    // Still one seat on the host's roster, and the reloaded page plays on.
    const entry = await waitForFlash(player, 1);
    expect(entry.round).toBe(1);
    await answerWithKey(player, 1);
    await player.getByTestId('feedback').waitFor();
    await expect.poll(() => host.locator('#roster-heading').innerText()).toMatch(/\(1 online of 1\)/);
  });
});
