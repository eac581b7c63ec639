/**
 * Rate limits on a real server with tiny limits: the per-IP REST limits on creating and joining
 * games, and the per-identity limit of the realtime wrapper. Over the limit the answer is
 * `request/rate-limited` (HTTP 429 on REST) and nothing changes; a flooding socket is not
 * disconnected for it, and a well-behaved client is not affected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedGame, ParticipantView } from '../../shared/protocol';
import {
  connect,
  createGame,
  emitRaw,
  FAST,
  joinGame,
  request,
  startServer,
  type TestServer,
} from './support/server';

const LIMITED = { status: 429, body: { ok: false, error: { code: 'request/rate-limited' } } };

describe('REST per-IP limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ httpLimits: { createPerMinute: 3, joinPerMinute: 3 } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const count = (sql: string, ...params: unknown[]) => server.query<{ n: number }>(sql, ...params)[0]!.n;

  it('POST /api/games: 429 request/rate-limited after the limit, and no game is created', async () => {
    const create = () => request<CreatedGame>(`${server.url}/api/games`, { body: { settings: FAST } });
    const allowed = [await create(), await create(), await create()];
    expect(allowed.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(await create()).toEqual(LIMITED);
    // Even a malformed body is refused by the limiter first, without touching anything.
    expect(await request(`${server.url}/api/games`, { body: { settings: { rounds: 0 } } })).toEqual(LIMITED);
    await server.app.context.store.flush();
    expect(count('SELECT COUNT(*) AS n FROM games')).toBe(3);
    expect(server.app.rooms.all()).toHaveLength(3);
  });

  it('POST /api/games/:code/join: 429 request/rate-limited after the limit, and no seat is taken', async () => {
    const [code, other] = server.app.rooms.all().map((r) => r.code);
    const join = (game: string, name: string) =>
      request(`${server.url}/api/games/${game}/join`, { body: { name } });
    // The join limit is its own: the exhausted create limit does not affect it.
    expect((await join(code!, 'Ann')).status).toBe(201);
    expect((await join(code!, 'Bob')).status).toBe(201);
    expect((await join(other!, 'Cy')).status).toBe(201);
    expect(await join(code!, 'Dee')).toEqual(LIMITED);
    // Per IP, not per game.
    expect(await join(other!, 'Eve')).toEqual(LIMITED);
    await server.app.context.store.flush();
    expect(count('SELECT COUNT(*) AS n FROM participants')).toBe(3);
    expect(count('SELECT COUNT(*) AS n FROM participants WHERE name IN (?, ?)', 'Dee', 'Eve')).toBe(0);
    expect(Object.keys(server.app.rooms.get(code!)!.state.participants)).toHaveLength(2);
  });
});

describe('realtime per-identity limit', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ socketLimits: { commandsPerSecond: 3, pingsPer10s: 4 } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** A game in `preparing` of round 0 with two connected participants. */
  async function preparing() {
    const game = await createGame(server, { autoAdvance: false });
    const host = await connect(server, { token: game.hostToken });
    const seats = [await joinGame(server, game.code, 'Flood'), await joinGame(server, game.code, 'Calm')];
    const [flooder, calm] = await Promise.all(seats.map((s) => connect(server, { token: s.token })));
    expect(await emitRaw(host.socket, 'host:start', {})).toEqual({ ok: true, data: null });
    await Promise.all(
      [flooder!, calm!].map((p) => p.waitForView((v: ParticipantView) => v.phase === 'preparing')),
    );
    const room = server.app.rooms.get(game.code)!;
    const close = () => [host, flooder!, calm!].forEach((c) => c.close());
    return { host, flooder: flooder!, calm: calm!, room, close };
  }

  const limitedCount = (results: { ok: boolean; error?: { code: string } }[]) =>
    results.filter((r) => !r.ok && r.error?.code === 'request/rate-limited').length;

  it('a clock:ping flood gets request/rate-limited past the limit; the socket stays and others are unaffected', async () => {
    const { flooder, calm, close } = await preparing();
    const results = await Promise.all(
      Array.from({ length: 12 }, () => emitRaw(flooder.socket, 'clock:ping', { t0: Date.now() })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(4);
    expect(limitedCount(results)).toBe(8);
    expect(flooder.socket.connected).toBe(true);
    expect(flooder.ended).toEqual([]);
    // Another identity has its own budget.
    expect((await emitRaw(calm.socket, 'clock:ping', { t0: Date.now() })).ok).toBe(true);
    close();
  });

  it('a player:ready flood is limited past the budget, is no strike, spares the calm client, and the flooder recovers', async () => {
    const { flooder, calm, room, close } = await preparing();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => emitRaw(flooder.socket, 'player:ready', { round: 0 })),
    );
    expect(limitedCount(results)).toBe(7);
    expect(results.filter((r) => !(!r.ok && r.error?.code === 'request/rate-limited'))).toHaveLength(3);
    expect(flooder.socket.connected).toBe(true);
    expect(flooder.ended).toEqual([]);
    // A flood is not a strike: more than maxStrikes (10) limited replies and still connected.
    const more = await Promise.all(
      Array.from({ length: 12 }, () => emitRaw(flooder.socket, 'player:ready', { round: 0 })),
    );
    expect(limitedCount(more)).toBeGreaterThanOrEqual(9);
    expect(flooder.socket.connected).toBe(true);
    const version = room.state.version;
    // The well-behaved client is not affected by the flooder's budget.
    expect(await emitRaw(calm.socket, 'player:ready', { round: 0 })).toEqual({ ok: true, data: null });
    expect(room.state.version).toBeGreaterThan(version);
    // After the window the flooder is served again.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await emitRaw(flooder.socket, 'clock:ping', { t0: Date.now() })).ok).toBe(true);
    expect(await emitRaw(flooder.socket, 'player:ready', { round: 0 })).not.toEqual({
      ok: false,
      error: { code: 'request/rate-limited' },
    });
    close();
  });
});
