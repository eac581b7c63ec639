/**
 * "Nothing acknowledged is ever lost" across a restart: a real app on a real SQLite file is closed
 * (flushing) and a NEW app over the same file resumes unfinished games from the store, as `main.ts`
 * does. Seats, scores, acked answers and the game's progress survive; the game goes on.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { EMOTIONS, type Emotion } from '../../shared/emotions';
import type { HostView, ParticipantView } from '../../shared/protocol';
import {
  connect,
  createGame,
  emitRaw,
  joinGame,
  restartServer,
  startServer,
  type Recorded,
  type TestServer,
} from './support/server';

const isP = (phase: string, round?: number) => (v: ParticipantView) =>
  v.phase === phase && (round === undefined || v.round?.index === round);
const isH = (phase: string, round?: number) => (v: HostView) =>
  v.phase === phase && (round === undefined || v.round?.index === round);

interface AnswerRow {
  round: number;
  participant_id: string;
  choice: string;
  correct: number;
  points: number;
}

let server: TestServer | null = null;
const open: Recorded[] = [];
afterEach(async () => {
  for (const client of open.splice(0)) client.close();
  await server?.stop();
  server = null;
});

/** Connects and remembers the client for cleanup. */
async function join(auth: Record<string, string>): Promise<Recorded> {
  const client = await connect(server!, auth);
  open.push(client);
  return client;
}

/** A started game: host + two seated, connected participants, round 0 answering. */
async function playUntilAnswering(timeLimitMs = 3000) {
  const game = await createGame(server!, { autoAdvance: false, rounds: 3, timeLimitMs });
  const host = await join({ token: game.hostToken });
  const seats = [await joinGame(server!, game.code, 'Ada'), await joinGame(server!, game.code, 'Bo')];
  const players = await Promise.all(seats.map((s) => join({ token: s.token })));
  expect(await emitRaw(host.socket, 'host:start', {})).toEqual({ ok: true, data: null });
  await Promise.all(
    players.map(async (p) => {
      await p.waitForView(isP('preparing', 0));
      expect(await emitRaw(p.socket, 'player:ready', { round: 0 })).toEqual({ ok: true, data: null });
    }),
  );
  await Promise.all(players.map((p) => p.waitForView(isP('answering', 0))));
  const emotion = (await host.waitForView(isH('answering', 0))).round!.emotion;
  const wrong = EMOTIONS.find((e) => e !== emotion)!;
  return { game, host, seats, players, emotion, wrong };
}

/** Answers and expects the durable ack. */
async function answer(p: Recorded, round: number, choice: Emotion) {
  expect(await emitRaw(p.socket, 'player:answer', { round, choice, reactionMs: 400 })).toEqual({
    ok: true,
    data: { accepted: true },
  });
}

/** Reconnects the host and both seats to the (new) server. */
async function reconnectAll(hostToken: string, seats: { token: string }[]) {
  const host = await join({ token: hostToken });
  const players = await Promise.all(seats.map((s) => join({ token: s.token })));
  return { host, players };
}

describe('restart', () => {
  it('after a revealed round: seats, scores, answers and history survive, and the game goes on', async () => {
    server = await startServer();
    const { game, host, seats, players, emotion, wrong } = await playUntilAnswering();
    await answer(players[0]!, 0, emotion);
    await answer(players[1]!, 0, wrong);
    expect(await emitRaw(host.socket, 'host:close', { round: 0 })).toEqual({ ok: true, data: null });
    const before = await host.waitForView(isH('reveal', 0));
    const ada = (await players[0]!.waitForView(isP('reveal', 0))).you;
    expect(ada.score).toBeGreaterThan(0);
    const scores = Object.fromEntries(before.participants.map((p) => [p.id, p.score]));
    expect(scores).toEqual({ [seats[0]!.participantId]: ada.score, [seats[1]!.participantId]: 0 });

    open.splice(0).forEach((c) => c.close());
    const restarted = await restartServer(server);
    server = restarted;
    expect(restarted.resumed).toBe(1);

    // The acked answers are in the answers table of the new process's file.
    const rows = server.query<AnswerRow>(
      'SELECT round, participant_id, choice, correct, points FROM answers WHERE game_code = ?',
      game.code,
    );
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        { round: 0, participant_id: seats[0]!.participantId, choice: emotion, correct: 1, points: ada.score },
        { round: 0, participant_id: seats[1]!.participantId, choice: wrong, correct: 0, points: 0 },
      ]),
    );

    const back = await reconnectAll(game.hostToken, seats);
    // Same phase, same seats (ids, names), same scores; history has the closed round with its answers.
    const after = await back.host.waitForView(isH('reveal', 0));
    const everyoneBack = await back.host.waitForView(
      (v: HostView) =>
        v.phase === 'reveal' && v.participants.length === 2 && v.participants.every((p) => p.connected),
    );
    expect(everyoneBack.participants.map((p) => ({ id: p.id, name: p.name, score: p.score }))).toEqual(
      before.participants.map((p) => ({ id: p.id, name: p.name, score: p.score })),
    );
    expect(after.history).toEqual(before.history);
    expect(after.history).toHaveLength(1);
    expect(after.history[0]).toMatchObject({ index: 0, emotion, answered: 2, correct: 1, skipped: false });
    expect(after.history[0]!.distribution[emotion]).toBe(1);
    expect(after.history[0]!.distribution[wrong]).toBe(1);
    for (const [i, p] of back.players.entries()) {
      const view = await p.waitForView(isP('reveal', 0));
      expect(view.you).toMatchObject({ id: seats[i]!.participantId, name: seats[i]!.name });
      expect(view.you.score).toBe(scores[seats[i]!.participantId]);
      expect(view.round!.yourAnswer?.choice).toBe(i === 0 ? emotion : wrong);
    }

    // The game continues: next prepares round 1, which can be played and scored.
    expect(await emitRaw(back.host.socket, 'host:next', { round: 0 })).toEqual({ ok: true, data: null });
    await Promise.all(
      back.players.map(async (p) => {
        await p.waitForView(isP('preparing', 1));
        expect(await emitRaw(p.socket, 'player:ready', { round: 1 })).toEqual({ ok: true, data: null });
      }),
    );
    await Promise.all(back.players.map((p) => p.waitForView(isP('answering', 1))));
    const round1 = (await back.host.waitForView(isH('answering', 1))).round!.emotion;
    await answer(back.players[1]!, 1, round1);
    expect(await emitRaw(back.host.socket, 'host:close', { round: 1 })).toEqual({ ok: true, data: null });
    const revealed = await back.host.waitForView(isH('reveal', 1));
    expect(revealed.history).toHaveLength(2);
    expect(revealed.participants.find((p) => p.id === seats[0]!.participantId)!.score).toBe(ada.score);
    expect(revealed.participants.find((p) => p.id === seats[1]!.participantId)!.score).toBeGreaterThan(0);
  });

  it('mid-round: an acked answer of the open round is merged back and still counts', async () => {
    server = await startServer();
    // A long answer window so the restart happens well inside it.
    const { game, seats, players, emotion } = await playUntilAnswering(10_000);
    await answer(players[0]!, 0, emotion);
    // The server may clamp the claimed reaction time; the stored one is what must survive.
    const acked = (
      await players[0]!.waitForView((v: ParticipantView) => isP('answering', 0)(v) && !!v.round?.yourAnswer)
    ).round!.yourAnswer;

    open.splice(0).forEach((c) => c.close());
    const restarted = await restartServer(server);
    server = restarted;
    expect(restarted.resumed).toBe(1);

    const back = await reconnectAll(game.hostToken, seats);
    // The open round resumes in `answering` with its deadline re-armed (registry.resume):
    // Ada's answer is there, a second one is refused, Bo may still answer.
    const ada = await back.players[0]!.waitForView(isP('answering', 0));
    expect(ada.round!.yourAnswer).toEqual(acked);
    expect(acked?.choice).toBe(emotion);
    expect(
      await emitRaw(back.players[0]!.socket, 'player:answer', { round: 0, choice: emotion, reactionMs: 1 }),
    ).toEqual({ ok: false, error: { code: 'round/already-answered' } });
    await back.players[1]!.waitForView(isP('answering', 0));
    await answer(back.players[1]!, 0, emotion);

    expect(await emitRaw(back.host.socket, 'host:close', { round: 0 })).toEqual({ ok: true, data: null });
    const revealed = await back.host.waitForView(isH('reveal', 0));
    expect(revealed.history[0]).toMatchObject({ index: 0, answered: 2, correct: 2 });
    expect(revealed.participants.every((p) => p.score > 0)).toBe(true);
    const rows = server.query<AnswerRow>(
      'SELECT round, participant_id, choice FROM answers WHERE game_code = ?',
      game.code,
    );
    expect(rows.map((r) => r.participant_id).sort()).toEqual(seats.map((s) => s.participantId).sort());
  });
});
