/**
 * The socket and REST protocol over real sockets on an ephemeral port: validation, roles, answer
 * windows, reconnection, secrecy of the emotion before the reveal (every received frame inspected),
 * oversized payloads, strikes, origin and credential checks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMOTIONS, type Emotion } from '../../shared/emotions';
import { isRevealedPhase } from '../../shared/game/phases';
import { GAME_CODE_PATTERN, type HostView, type ParticipantView } from '../../shared/protocol';
import {
  connect,
  createGame,
  disconnected,
  emitRaw,
  joinGame,
  request,
  startServer,
  type Recorded,
  type TestServer,
} from './support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ socketLimits: { maxStrikes: 3 } });
});
afterAll(async () => {
  await server?.stop();
});

const EMOTION_RE = new RegExp(EMOTIONS.join('|'), 'i');
const isP = (phase: string, round?: number) => (v: ParticipantView) =>
  v.phase === phase && (round === undefined || v.round?.index === round);
const isH = (phase: string, round?: number) => (v: HostView) =>
  v.phase === phase && (round === undefined || v.round?.index === round);

/** A game with a connected host and `n` connected participants. */
async function setup(n: number, settings: Parameters<typeof createGame>[1] = {}) {
  const game = await createGame(server, settings);
  const host = await connect(server, { token: game.hostToken });
  const players: (Recorded & { token: string; id: string })[] = [];
  for (let i = 0; i < n; i++) {
    const seat = await joinGame(server, game.code, `Player ${i + 1}`);
    players.push(
      Object.assign(await connect(server, { token: seat.token }), {
        token: seat.token,
        id: seat.participantId,
      }),
    );
  }
  const room = server.app.rooms.get(game.code)!;
  /** Start (or next), everyone ready, until participants see `answering` of `round`. */
  const toAnswering = async (round: number, command: 'host:start' | 'host:next' = 'host:start') => {
    // `host:next` names the round on the host's screen: the one before `round` (SPEC H-10).
    const payload = command === 'host:next' ? { round: round - 1 } : {};
    expect(await emitRaw(host.socket, command, payload)).toEqual({ ok: true, data: null });
    await Promise.all(
      players.map(async (p) => {
        await p.waitForView(isP('preparing', round));
        expect(await emitRaw(p.socket, 'player:ready', { round })).toEqual({ ok: true, data: null });
      }),
    );
    await Promise.all(players.map((p) => p.waitForView(isP('answering', round))));
    const hostView = await host.waitForView(isH('answering', round));
    return hostView.round!.emotion;
  };
  const close = () => {
    host.close();
    for (const p of players) p.close();
  };
  return { game, host, players, room, toAnswering, close };
}

describe('socket protocol', () => {
  it('answers clock:ping at once with the server time', async () => {
    const { players, close } = await setup(1);
    const t0 = Date.now();
    const result = await emitRaw(players[0]!.socket, 'clock:ping', { t0 });
    expect(result.ok).toBe(true);
    if (result.ok) {
      const { t1 } = result.data as { t0: number; t1: number };
      expect(Math.abs(t1 - Date.now())).toBeLessThan(1000);
    }
    close();
  });

  it('a malformed payload gets request/invalid and changes nothing', async () => {
    const { players, host, room, close } = await setup(1);
    const version = room.state.version;
    const p = players[0]!.socket;
    expect(await emitRaw(p, 'player:answer', { round: 'x', choice: 'fear', reactionMs: 1 })).toEqual({
      ok: false,
      error: { code: 'request/invalid' },
    });
    expect(await emitRaw(p, 'player:ready', 'round 0')).toEqual({
      ok: false,
      error: { code: 'request/invalid' },
    });
    expect(await emitRaw(host.socket, 'host:kick', { participantId: 'p', extra: 1 })).toEqual({
      ok: false,
      error: { code: 'request/invalid' },
    });
    expect(room.state.version).toBe(version);
    close();
  });

  it('host round commands name their round: missing → request/invalid, stale → host/stale-command', async () => {
    const { host, room, toAnswering, close } = await setup(1, { autoAdvance: false, rounds: 3 });
    await toAnswering(0);
    expect(await emitRaw(host.socket, 'host:close', {})).toEqual({
      ok: false,
      error: { code: 'request/invalid' },
    });
    expect(await emitRaw(host.socket, 'host:close', { round: 0 })).toEqual({ ok: true, data: null });
    await host.waitForView(isH('reveal', 0));
    // A late "Close answers" from the same screen cannot move past the reveal.
    expect(await emitRaw(host.socket, 'host:close', { round: 0 })).toEqual({
      ok: false,
      error: { code: 'round/closed' },
    });
    expect(await emitRaw(host.socket, 'host:next', { round: 0 })).toEqual({ ok: true, data: null });
    await host.waitForView(isH('preparing', 1));
    // A second "Next round" from a screen still showing round 0 is stale.
    const version = room.state.version;
    expect(await emitRaw(host.socket, 'host:next', { round: 0 })).toEqual({
      ok: false,
      error: { code: 'host/stale-command' },
    });
    expect(await emitRaw(host.socket, 'host:skip', { round: 0 })).toEqual({
      ok: false,
      error: { code: 'host/stale-command' },
    });
    expect(room.state).toMatchObject({ version, phase: 'preparing' });
    close();
  });

  it('a participant cannot send host commands, nor a presenter', async () => {
    const { players, game, room, close } = await setup(1);
    expect(await emitRaw(players[0]!.socket, 'host:start', {})).toEqual({
      ok: false,
      error: { code: 'auth/forbidden' },
    });
    const presenter = await connect(server, { presenter: game.code });
    expect(await emitRaw(presenter.socket, 'host:end', {})).toEqual({
      ok: false,
      error: { code: 'auth/forbidden' },
    });
    expect(
      await emitRaw(presenter.socket, 'player:answer', { round: 0, choice: 'fear', reactionMs: 1 }),
    ).toEqual({
      ok: false,
      error: { code: 'auth/forbidden' },
    });
    expect(room.state.phase).toBe('lobby');
    presenter.close();
    close();
  });

  it('rejects a second answer, and an answer after the window', async () => {
    const { players, toAnswering, game, close } = await setup(2, { autoAdvance: false, timeLimitMs: 3000 });
    await toAnswering(0);
    const [a, b] = [players[0]!, players[1]!];
    expect(await emitRaw(a.socket, 'player:answer', { round: 0, choice: 'fear', reactionMs: 300 })).toEqual({
      ok: true,
      data: { accepted: true },
    });
    expect(await emitRaw(a.socket, 'player:answer', { round: 0, choice: 'anger', reactionMs: 300 })).toEqual({
      ok: false,
      error: { code: 'round/already-answered' },
    });
    // The server closes the window by itself at deadline + grace.
    await b.waitForView(isP('reveal', 0), 8_000);
    expect(await emitRaw(b.socket, 'player:answer', { round: 0, choice: 'fear', reactionMs: 300 })).toEqual({
      ok: false,
      error: { code: 'round/closed' },
    });
    const rows = server.query<{ participant_id: string; choice: string }>(
      'SELECT participant_id, choice FROM answers WHERE game_code = ?',
      game.code,
    );
    expect(rows).toEqual([{ participant_id: a.id, choice: 'fear' }]);
    close();
  });

  it('a participant who drops mid-round can answer after reconnecting, and keeps seat and score', async () => {
    const { players, host, toAnswering, close } = await setup(2, { autoAdvance: false });
    const emotion = await toAnswering(0);
    const a = players[0]!;
    a.close();
    await host.waitForView((v: HostView) => v.participants.some((p) => p.id === a.id && !p.connected));
    const back = await connect(server, { token: a.token });
    const view = await back.waitForView(isP('answering', 0));
    expect(view.you.id).toBe(a.id);
    expect(
      await emitRaw(back.socket, 'player:answer', { round: 0, choice: emotion, reactionMs: 400 }),
    ).toEqual({
      ok: true,
      data: { accepted: true },
    });
    expect(await emitRaw(host.socket, 'host:close', { round: 0 })).toEqual({ ok: true, data: null });
    const revealed = await back.waitForView(isP('reveal', 0));
    expect(revealed.round?.reveal?.correct).toBe(true);
    const score = revealed.you.score;
    expect(score).toBeGreaterThan(0);
    back.close();
    const again = await connect(server, { token: a.token });
    const later = await again.waitForView(isP('reveal', 0));
    expect(later.you).toMatchObject({ id: a.id, score, name: 'Player 1' });
    again.close();
    close();
  });

  it('a second socket with the same token replaces the first', async () => {
    const { players, close } = await setup(1);
    const first = players[0]!;
    const gone = disconnected(first.socket);
    const second = await connect(server, { token: first.token });
    await gone;
    expect(first.ended).toEqual(['replaced']);
    expect((await second.waitForView(isP('lobby'))).you.id).toBe(first.id);
    second.close();
    close();
  });

  it('a kicked participant is told, disconnected, and cannot come back', async () => {
    const { players, host, close } = await setup(1);
    const p = players[0]!;
    const gone = disconnected(p.socket);
    expect(await emitRaw(host.socket, 'host:kick', { participantId: p.id })).toEqual({
      ok: true,
      data: null,
    });
    await gone;
    expect(p.ended).toEqual(['kicked']);
    await expect(connect(server, { token: p.token })).rejects.toThrow('lobby/kicked');
    close();
  });

  it('no participant socket receives the emotion before the reveal (every frame inspected)', async () => {
    const { players, host, toAnswering, game, close } = await setup(2, { autoAdvance: false, rounds: 3 });
    const [answerer, bystander] = [players[0]!, players[1]!];
    const truth: Emotion[] = [];
    for (let round = 0; round < 3; round++) {
      const emotion = await toAnswering(round, round === 0 ? 'host:start' : 'host:next');
      truth.push(emotion);
      const wrong = EMOTIONS.find((e) => e !== emotion)!;
      expect(
        (await emitRaw(answerer.socket, 'player:answer', { round, choice: wrong, reactionMs: 350 })).ok,
      ).toBe(true);
      // Images: neither the URL nor the SVG names the emotion.
      const view = answerer.views.findLast(
        (v) => (v as ParticipantView).round?.index === round,
      ) as ParticipantView;
      for (const id of [view.round!.maskId, view.round!.apexId]) {
        expect(id).not.toMatch(EMOTION_RE);
        const res = await fetch(`${server.url}/api/stimuli/${id}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toContain('image/svg+xml');
        expect(res.headers.get('cache-control')).toBe('private, max-age=3600');
        expect(await res.text()).not.toMatch(EMOTION_RE);
      }
      expect(await emitRaw(host.socket, 'host:close', { round })).toEqual({ ok: true, data: null });
      await bystander.waitForView(isP('reveal', round));
      await answerer.waitForView(isP('reveal', round));
    }
    await emitRaw(host.socket, 'host:end', {});
    await bystander.waitForView(isP('finished'));

    /** Frames before each reveal: everything except views of reveal/discussion/finished. */
    const secretFrames = (frames: string[]) => {
      const out: { frame: string; round: number | null }[] = [];
      for (const frame of frames) {
        const match = /^\d*\["view",(.*)\]$/s.exec(frame);
        if (match) {
          const v = JSON.parse(match[1]!) as ParticipantView;
          if (isRevealedPhase(v.phase)) continue;
          out.push({ frame, round: v.round?.index ?? null });
        } else {
          out.push({ frame, round: null });
        }
      }
      return out;
    };
    const bystanderSecret = secretFrames(bystander.frames);
    expect(bystanderSecret.length).toBeGreaterThan(10);
    for (const { frame } of bystanderSecret) expect(frame).not.toMatch(EMOTION_RE);
    for (const { frame, round } of secretFrames(answerer.frames)) {
      if (round !== null) expect(frame).not.toContain(`"${truth[round]}"`);
    }
    // After the reveal they do learn it.
    expect(bystander.frames.join('\n')).toContain(`"emotion":"${truth[0]}"`);
    expect(game.code).toMatch(GAME_CODE_PATTERN);
    close();
  });

  it('an oversized payload closes the socket', async () => {
    const { players, close } = await setup(1);
    const p = players[0]!;
    const gone = disconnected(p.socket);
    (p.socket as unknown as { emit(e: string, d: unknown): void }).emit('player:timing', {
      blob: 'x'.repeat(40_000),
    });
    expect(await gone).toMatch(/transport|close|error/);
    close();
  });

  it('unknown events count as strikes and the socket is dropped after too many', async () => {
    const { players, room, close } = await setup(1);
    const p = players[0]!;
    expect(await emitRaw(p.socket, 'admin:root', {})).toEqual({
      ok: false,
      error: { code: 'request/unknown-event' },
    });
    expect(await emitRaw(p.socket, 'player:answer', 'garbage')).toEqual({
      ok: false,
      error: { code: 'request/invalid' },
    });
    const gone = disconnected(p.socket);
    (p.socket as unknown as { emit(e: string): void }).emit('whatever');
    expect(await gone).toBe('io server disconnect');
    expect(room.state.phase).toBe('lobby');
    close();
  });

  it('refuses a foreign Origin, a bad token, and accepts the same origin', async () => {
    const { game, close } = await setup(0);
    await expect(
      connect(server, { token: game.hostToken }, { extraHeaders: { origin: 'https://evil.example' } }),
    ).rejects.toThrow();
    await expect(connect(server, { token: 'not-a-token' })).rejects.toThrow('auth/invalid-token');
    const same = await connect(server, { token: game.hostToken }, { extraHeaders: { origin: server.url } });
    expect(same.socket.connected).toBe(true);
    same.close();
    close();
  });
});

describe('REST', () => {
  it('serves health and decks', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true });
    const decks = await request<{ id: string }[]>(`${server.url}/api/decks`);
    expect(decks.status).toBe(200);
    expect(decks.body.ok && decks.body.data.length).toBeGreaterThan(0);
    const name = await request<{ name: string }>(`${server.url}/api/names/suggest`);
    expect(name.body.ok && name.body.data.name).toMatch(/^\w+ \w+$/);
  });

  it('answers bad input with a namespaced code and a fitting status, never a stack', async () => {
    const bad = await request(`${server.url}/api/games`, { body: { settings: { rounds: 0 } } });
    expect(bad).toEqual({ status: 400, body: { ok: false, error: { code: 'request/invalid' } } });
    const malformed = await request(`${server.url}/api/games`, { body: '{"settings":' });
    expect(malformed).toEqual({ status: 400, body: { ok: false, error: { code: 'request/invalid' } } });
    const huge = await request(`${server.url}/api/games`, {
      body: { settings: { deckId: 'x'.repeat(20_000) } },
    });
    expect(huge).toEqual({ status: 413, body: { ok: false, error: { code: 'request/invalid' } } });
    expect(await request(`${server.url}/api/games/000000/join`, { body: { name: 'Ann' } })).toEqual({
      status: 404,
      body: { ok: false, error: { code: 'game/not-found' } },
    });
    expect((await request(`${server.url}/api/games/12ab56`)).status).toBe(400);
    expect((await request(`${server.url}/api/stimuli/AAAAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(404);
    expect((await request(`${server.url}/api/nothing-here`)).status).toBe(404);
  });

  it('join: filtered, taken and locked names get their codes', async () => {
    const { game, host, close } = await setup(0);
    const join = (name: string) => request(`${server.url}/api/games/${game.code}/join`, { body: { name } });
    expect(await join('Sh1t')).toEqual({
      status: 422,
      body: { ok: false, error: { code: 'lobby/name-filtered' } },
    });
    expect((await join('Ann')).status).toBe(201);
    expect(await join(' ann ')).toEqual({
      status: 409,
      body: { ok: false, error: { code: 'lobby/name-taken' } },
    });
    expect(await join('<b>')).toEqual({
      status: 400,
      body: { ok: false, error: { code: 'request/invalid' } },
    });
    expect(await emitRaw(host.socket, 'host:lock', { locked: true })).toEqual({ ok: true, data: null });
    expect(await join('Bob')).toEqual({ status: 409, body: { ok: false, error: { code: 'lobby/locked' } } });
    const summary = await request<{ joinable: boolean; locked: boolean; joinUrl: string }>(
      `${server.url}/api/games/${game.code}`,
    );
    expect(summary.body.ok && summary.body.data).toMatchObject({
      locked: true,
      joinable: false,
      joinUrl: `${server.url}/join/${game.code}`,
    });
    close();
  });
});
