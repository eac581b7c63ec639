/**
 * The dashboard in real Chromium against the real server: two scripted bots (real Socket.IO clients)
 * play a two-round fear/surprise game with KNOWN answers — one always right, one always wrong — while
 * the host drives it from the host page. The dashboard, the printable report and the history must show
 * exactly the numbers those answers imply.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import type { Emotion } from '../../shared/emotions';
import type {
  ClientToServerEvents,
  JoinedGame,
  ParticipantView,
  Result,
  ServerToClientEvents,
} from '../../shared/protocol';
import { monotonicClock } from '../../server/app';
import { launchChromium, newPage, startServer, type TestServer } from './harness';
import { createGameRest } from './players';

let server: TestServer;
let browser: Browser;
const bots: Socket<ServerToClientEvents, ClientToServerEvents>[] = [];

beforeAll(async () => {
  server = await startServer({ dashboard: { prune: false, analyticsIntervalMs: 200 } });
  browser = await launchChromium();
});

afterAll(async () => {
  for (const b of bots) b.disconnect();
  await browser?.close();
  await server?.close();
});

const wrongFor = (e: Emotion): Emotion => (e === 'fear' ? 'surprise' : 'fear');

async function join(code: string, name: string): Promise<JoinedGame> {
  const res = await fetch(`${server.url}/api/games/${code}/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  const body = (await res.json()) as Result<JoinedGame>;
  if (!body.ok) throw new Error(body.error.code);
  return body.data;
}

/** A bot that readies every round and answers `right` or always wrong, from the server's own plan. */
function bot(code: string, seat: JoinedGame, right: boolean): Promise<void> {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(server.url, {
    auth: { token: seat.token },
    transports: ['websocket'],
    forceNew: true,
  });
  bots.push(socket);
  const done = new Set<string>();
  socket.on('view', (v) => {
    const view = v as ParticipantView;
    const r = view.round;
    if (!r) return;
    if (view.phase === 'preparing' && !r.youReady && !done.has(`r${r.index}`)) {
      done.add(`r${r.index}`);
      void socket.emitWithAck('player:ready', { round: r.index });
    }
    if (view.phase === 'answering' && r.showAt !== null && !done.has(`a${r.index}`)) {
      done.add(`a${r.index}`);
      // The test process hosts the server, so it can read the plan; the bot's socket never sees it.
      const emotion = server.app.rooms.get(code)!.state.plan[r.index]!.emotion;
      void socket.emitWithAck('player:answer', {
        round: r.index,
        choice: right ? emotion : wrongFor(emotion),
        reactionMs: Math.max(0, monotonicClock() - r.showAt),
      });
    }
  });
  return new Promise((resolve) => socket.on('connect', () => resolve()));
}

async function text(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).first().textContent())?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('the dashboard shows exactly the numbers of known answers', () => {
  it('live on the host page, in the report and in history', async () => {
    const game = await createGameRest(server.url, {
      deckId: 'fear-surprise',
      emotions: ['fear', 'surprise'],
      rounds: 2,
      mode: 'workshop',
      autoAdvance: true,
    });
    const { page } = await newPage(browser);
    await page.goto(`${server.url}/`);
    await page.evaluate(
      ([c, t]) => localStorage.setItem(`glimpse:host:${c}`, t as string),
      [game.code, game.hostToken],
    );
    await page.goto(`${server.url}/host/${game.code}`);

    await bot(game.code, await join(game.code, 'Right Rae'), true);
    await bot(game.code, await join(game.code, 'Wrong Wes'), false);
    await page.getByText('2 participants have joined').waitFor();
    await page.getByRole('button', { name: 'Start game' }).click();
    await page.getByRole('button', { name: 'Next round' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Next round' }).click();
    await page.getByRole('button', { name: 'Show results' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Show results' }).click();
    await page.getByText('Game over').first().waitFor();

    const plan = server.app.rooms.get(game.code)!.state.plan.map((p) => p.emotion);
    const count = (e: Emotion) => plan.filter((x) => x === e).length;
    // Expected by hand: Rae right every round, Wes wrong every round → 2 of 4 overall. For an emotion
    // shown k times: correct k of 2k; its label chosen k (Rae) + (rounds of the other emotion) (Wes);
    // Hu = k² / (2k × (k + other)).
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="headline-rounds"]')?.textContent?.startsWith('2'),
    );
    expect(await text(page, 'headline-accuracy')).toBe('50% (2/4)');
    expect(await text(page, 'headline-participation')).toBe('100% (4/4)');
    for (const e of ['fear', 'surprise'] as const) {
      const k = count(e);
      const other = 2 - k;
      const o = wrongFor(e);
      if (k === 0) {
        expect(await text(page, `acc-${e}`)).toBe('–');
        continue;
      }
      expect(await text(page, `acc-${e}`)).toBe(`50% (${k}/${2 * k})`);
      expect(await text(page, `cm-${e}-${e}`)).toBe(`${k} 50% (correct)`);
      expect(await text(page, `cm-${e}-${o}`)).toBe(`${k} 50%`);
      expect(await text(page, `hu-${e}`)).toBe(((k * k) / (2 * k * (k + other))).toFixed(2));
    }
    // Host-only table: names visible, then hidden with one click.
    expect(await text(page, 'participant-row-0')).toContain('Right Rae');
    expect(await text(page, 'participant-row-0')).toContain('100% (2/2)');
    expect(await text(page, 'participant-row-1')).toContain('0% (0/2)');
    await page.getByRole('button', { name: 'Hide names' }).click();
    expect(await text(page, 'participant-row-0')).toContain('Participant 1');
    expect(await text(page, 'participant-row-0')).not.toContain('Right Rae');
    // The end-of-game guide: the confusion when one emotion was wrong twice (count ≥ 2), and the caveats.
    await page.getByTestId('prompt-ethics:not-a-lie-detector').waitFor();
    const twice = (['fear', 'surprise'] as const).find((e) => count(e) === 2);
    if (twice) await page.getByTestId(`prompt-contrast:${twice}>${wrongFor(twice)}`).waitFor();

    await page.goto(`${server.url}/report/${game.code}`);
    await page.getByRole('heading', { name: 'Summary' }).waitFor();
    expect(await text(page, 'headline-accuracy')).toBe('50% (2/4)');
    expect(await page.getByRole('button', { name: /Download CSV/ }).isVisible()).toBe(true);

    await page.goto(`${server.url}/history`);
    await page.getByTestId(`history-${game.code}`).waitFor();
    expect(await text(page, `history-${game.code}`)).toContain('50% (2/4)');
  });
});
