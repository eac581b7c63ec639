/**
 * The dashboard's server side against the real app: real SQLite file with the real migrations, real
 * Socket.IO clients over real sockets. Three scripted participants play a three-round game with
 * known answers; the host receives throttled `host:analytics`, the report matches the known answers,
 * the CSV holds every persisted answer field for field (joined with its timing report), history only
 * lists games whose host token is presented, deletion and retention remove every row.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emotion } from '../../shared/emotions';
import type {
  ClientToServerEvents,
  CreatedGame,
  HostView,
  JoinedGame,
  ParticipantView,
  Result,
  ServerToClientEvents,
} from '../../shared/protocol';
import type { GameReport, HistoryEntry, HostAnalytics } from '../../shared/stats';
import { pruneExpired } from '../../server/analytics/retention';
import { CSV_COLUMNS } from '../../server/analytics/csv';
import { createApp, monotonicClock, type GlimpseApp } from '../../server/app';
import { openDatabase, schema, type OpenDatabase } from '../../server/db/client';
import { DrizzleStore } from '../../server/db/drizzle-store';
import { silentLogger } from '../../server/rooms/ports';

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

let dir: string;
let database: OpenDatabase;
let store: DrizzleStore;
let glimpse: GlimpseApp;
let base: string;
const sockets: Client[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'glimpse-reports-'));
  database = openDatabase(join(dir, 'glimpse.db'));
  store = new DrizzleStore(database);
  glimpse = createApp({
    store,
    logger: silentLogger,
    dashboard: { analyticsIntervalMs: 300, prune: false, retentionDays: 90 },
  });
  await new Promise<void>((resolve) => glimpse.httpServer.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(glimpse.httpServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await glimpse?.close();
  await store?.close();
  database?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function api<T>(
  path: string,
  init: RequestInit & { token?: string } = {},
): Promise<{ status: number; body: Result<T> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const res = await fetch(`${base}${path}`, { ...init, headers });
  return { status: res.status, body: (await res.json()) as Result<T> };
}

function data<T>(r: { body: Result<T> }): T {
  if (!r.body.ok) throw new Error(r.body.error.code);
  return r.body.data;
}

/** Connects; `listen` registers handlers before the handshake so nothing sent on attach is missed. */
function connect(token: string, listen: (socket: Client) => void = () => {}): Promise<Client> {
  const socket: Client = io(base, { auth: { token }, transports: ['websocket'], forceNew: true });
  sockets.push(socket);
  listen(socket);
  return new Promise((resolve, reject) => {
    socket.on('connect', () => resolve(socket));
    socket.on('connect_error', reject);
  });
}

async function until<T>(
  get: () => T | null | undefined | false,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = get();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function createGame(rounds: number): Promise<CreatedGame> {
  return data(
    await api<CreatedGame>('/api/games', {
      method: 'POST',
      body: JSON.stringify({
        settings: {
          deckId: 'all',
          emotions: ['happiness', 'sadness', 'fear', 'anger', 'surprise', 'contempt', 'disgust'],
          rounds,
          exposureMs: 50,
          timeLimitMs: 20_000,
          mode: 'workshop',
          scoring: true,
          autoAdvance: true,
        },
      }),
    }),
  );
}

/** A small RFC 4180 parser (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

/** What a stored value looks like in the CSV. */
const cell = (v: unknown) =>
  v === null || v === undefined ? '' : typeof v === 'boolean' ? String(v) : String(v);

/** A known wrong answer for each emotion. */
const wrongFor = (e: Emotion): Emotion => (e === 'surprise' ? 'fear' : 'surprise');

describe('reports, CSV, history, deletion and live analytics on the real server', () => {
  let game: CreatedGame;
  const analytics: HostAnalytics[] = [];
  let hostView: HostView | null = null;
  let stepEvents = 0;
  const names = ['Ann', 'O"Neil, Jr', '=SUM(A1)'];
  const joined: JoinedGame[] = [];

  it('plays three rounds with known answers', async () => {
    game = await createGame(3);
    glimpse.rooms.get(game.code)?.events.on('step', () => (stepEvents += 1));
    const host = await connect(game.hostToken, (s) => {
      s.on('view', (v) => {
        if (v.role === 'host') hostView = v;
      });
      s.on('host:analytics', (a) => analytics.push(a));
    });
    for (const name of names) {
      joined.push(
        data(
          await api<JoinedGame>(`/api/games/${game.code}/join`, {
            method: 'POST',
            body: JSON.stringify({ name }),
          }),
        ),
      );
    }
    // Plan: Ann always right; O"Neil always wrong (surprise, or fear for surprise); =SUM right in round 0,
    // silent in round 1 (host closes it), wrong in round 2.
    const plan = (p: number, round: number, emotion: Emotion): Emotion | null =>
      p === 0
        ? emotion
        : p === 1
          ? wrongFor(emotion)
          : round === 0
            ? emotion
            : round === 1
              ? null
              : wrongFor(emotion);
    const players = await Promise.all(joined.map((j) => connect(j.token)));
    players.forEach((socket, p) => {
      const done = new Set<string>();
      socket.on('view', (v) => {
        const view = v as ParticipantView;
        const r = view.round;
        if (!r) return;
        if (view.phase === 'preparing' && !r.youReady && !done.has(`ready${r.index}`)) {
          done.add(`ready${r.index}`);
          void socket.emitWithAck('player:ready', { round: r.index });
        }
        if (view.phase === 'answering' && r.showAt !== null && !done.has(`answer${r.index}`)) {
          done.add(`answer${r.index}`);
          const emotion = (hostView as HostView | null)?.round?.emotion as Emotion;
          void socket.emitWithAck('player:timing', {
            round: r.index,
            showAt: r.showAt,
            offsetMs: 0.25 * (p + 1),
            rttMs: 2 + p,
            shownAt: r.showAt + p * 3,
            framesRequested: 3,
            framesShown: p === 1 ? 4 : 3,
            refreshHz: 60,
            missed: false,
            missedReason: null,
          });
          const choice = plan(p, r.index, emotion);
          if (choice) {
            void socket.emitWithAck('player:answer', {
              round: r.index,
              choice,
              reactionMs: Math.max(0, monotonicClock() - r.showAt),
            });
          }
        }
      });
    });
    await until(
      () => hostView?.participants.length === 3 && hostView.participants.every((p) => p.connected),
      'seats',
    );
    expect((await host.emitWithAck('host:start', {})).ok).toBe(true);
    for (let round = 0; round < 3; round++) {
      if (round === 1) {
        // Two answers, then the host closes the round: the third seat missed it.
        await until(
          () =>
            hostView?.round?.index === 1 &&
            hostView.round.answeredCount === 2 &&
            hostView.phase === 'answering',
          'round 1 answers',
        );
        expect((await host.emitWithAck('host:close', { round: 1 })).ok).toBe(true);
      }
      await until(() => hostView?.phase === 'reveal' && hostView.round?.index === round, `reveal ${round}`);
      expect((await host.emitWithAck('host:next', { round })).ok).toBe(true);
    }
    await until(() => hostView?.phase === 'finished', 'finished');
    await glimpse.rooms.settled();
    await store.flush();
  });

  it('pushes throttled analytics to the host, ending with the exact figures', async () => {
    const final = await until(() => analytics.find((a) => a.phase === 'finished'), 'final analytics');
    // Throttled: far fewer payloads than accepted engine events (at most one per 300 ms, plus the final one).
    expect(analytics.length).toBeLessThan(stepEvents);
    expect(glimpse.dashboard?.live?.sentCount(game.code)).toBe(analytics.length);
    const emotions = hostView!.history.map((h) => h.emotion);
    // 3 rounds: Ann 3/3, O"Neil 0/3, =SUM 1/2 (round 0 right, round 2 wrong) → 4 of 8 correct.
    expect(final.headline).toMatchObject({ participants: 3, roundsPlayed: 3, answers: 8 });
    expect(final.headline.accuracy).toMatchObject({ k: 4, n: 8 });
    // 9 seat-rounds asked, 8 answered
    expect(final.headline.participation).toMatchObject({ k: 8, n: 9 });
    expect(final.participation.map((p) => [p.answered, p.missed])).toEqual([
      [3, 0],
      [2, 1],
      [3, 0],
    ]);
    const row = (i: number) => final.participants.find((p) => p.id === joined[i]!.participantId)!;
    expect(row(0)).toMatchObject({ answered: 3, correct: 3, longestStreak: 3, missed: 0 });
    expect(row(1)).toMatchObject({ answered: 3, correct: 0, longestStreak: 0, missed: 0 });
    expect(row(2)).toMatchObject({ answered: 2, correct: 1, longestStreak: 1, missed: 1 });
    // Confusion: each round's true emotion got Ann's right answer and the known wrong answers.
    let diagonal = 0;
    for (const e of new Set(emotions)) diagonal += final.confusion[e][e];
    expect(diagonal).toBe(4);
    console.log(`analytics payloads: ${analytics.length} for ${stepEvents} accepted engine events`);
    // Sync: every device showed the flash; spread = 2 × 3 ms (shownAt = showAt + 3p); O"Neil showed 4 of 3 frames.
    expect(final.sync.map((s) => [s.shown, s.spreadMs, s.framesMismatch])).toEqual([
      [3, 6, 1],
      [3, 6, 1],
      [3, 6, 1],
    ]);
  });

  it('gives a host that reconnects the current figures at once, without waiting for a game event', async () => {
    let payload: HostAnalytics | null = null;
    const again = await connect(game.hostToken, (s) => s.once('host:analytics', (a) => (payload = a)));
    const received = await until(() => payload, 'analytics on reconnect');
    expect(received.headline.accuracy).toMatchObject({ k: 4, n: 8 });
    again.close();
  });

  it('serves the report only to the host', async () => {
    expect((await api(`/api/reports/${game.code}`)).status).toBe(401);
    const wrong = await api(`/api/reports/${game.code}`, { token: 'not-the-token' });
    expect([wrong.status, wrong.body.ok ? '' : wrong.body.error.code]).toEqual([403, 'auth/forbidden']);
    expect((await api('/api/reports/12345x', { token: game.hostToken })).status).toBe(400);
    expect((await api('/api/reports/000000', { token: game.hostToken })).status).toBe(404);
    const report = data(await api<GameReport>(`/api/reports/${game.code}`, { token: game.hostToken }));
    expect(report.phase).toBe('finished');
    expect(report.analytics.headline.accuracy).toMatchObject({ k: 4, n: 8 });
    expect(report.analytics.participants.map((p) => p.name)).toEqual(names);
    expect(report.expiresAt).toBeGreaterThan(report.createdAt + 89 * 86_400_000);
  });

  it('gives the host the stimulus of a closed round for the slow replay, never of another game', async () => {
    const replay = data(
      await api<{ round: number; spec: { emotion: string } }>(`/api/reports/${game.code}/replay/1`, {
        token: game.hostToken,
      }),
    );
    expect(replay.round).toBe(1);
    expect(replay.spec.emotion).toBe(hostView!.history[1]!.emotion);
    expect((await api(`/api/reports/${game.code}/replay/7`, { token: game.hostToken })).status).toBe(409);
    expect((await api(`/api/reports/${game.code}/replay/1`)).status).toBe(401);
  });

  it('exports every persisted answer field for field, joined with its timing report', async () => {
    const res = await fetch(`${base}/api/reports/${game.code}/answers.csv`, {
      headers: { authorization: `Bearer ${game.hostToken}` },
    });
    expect(res.headers.get('content-type')).toContain('text/csv');
    const [header, ...rows] = parseCsv(await res.text());
    expect(header).toEqual([...CSV_COLUMNS]);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const stored = await database.db
      .select()
      .from(schema.answers)
      .where(eq(schema.answers.gameCode, game.code));
    const timings = await database.db
      .select()
      .from(schema.timingReports)
      .where(eq(schema.timingReports.gameCode, game.code));
    const roundsDb = await database.db
      .select()
      .from(schema.rounds)
      .where(eq(schema.rounds.gameCode, game.code));
    expect(stored).toHaveLength(8);
    expect(rows).toHaveLength(8);
    for (const a of stored) {
      const line = rows.find(
        (r) => r[col('participant_id')] === a.participantId && r[col('round_index')] === String(a.round),
      );
      expect(line, `row for ${a.participantId} round ${a.round}`).toBeDefined();
      const l = line!;
      expect(l[col('row_type')]).toBe('answer');
      expect(l[col('game_code')]).toBe(a.gameCode);
      expect(l[col('choice')]).toBe(a.choice);
      expect(l[col('correct')]).toBe(cell(a.correct));
      expect(l[col('reaction_ms')]).toBe(cell(a.reactionMs));
      expect(l[col('claimed_reaction_ms')]).toBe(cell(a.claimedReactionMs));
      expect(l[col('flagged')]).toBe(cell(a.flagged));
      expect(l[col('received_at')]).toBe(cell(a.receivedAt));
      expect(l[col('points')]).toBe(cell(a.points));
      const r = roundsDb.find((x) => x.index === a.round)!;
      expect(l[col('true_emotion')]).toBe(r.emotion);
      expect(l[col('identity_id')]).toBe(r.identityId);
      expect(l[col('exposure_ms')]).toBe(cell(r.exposureMs));
      expect(l[col('round_show_at')]).toBe(cell(r.showAt));
      expect(l[col('round_skipped')]).toBe(cell(r.skipped));
      const t = timings.find((x) => x.participantId === a.participantId && x.round === a.round)!;
      expect(l[col('timing_show_at')]).toBe(cell(t.showAt));
      expect(l[col('timing_offset_ms')]).toBe(cell(t.offsetMs));
      expect(l[col('timing_rtt_ms')]).toBe(cell(t.rttMs));
      expect(l[col('timing_shown_at')]).toBe(cell(t.shownAt));
      expect(l[col('timing_frames_requested')]).toBe(cell(t.framesRequested));
      expect(l[col('timing_frames_shown')]).toBe(cell(t.framesShown));
      expect(l[col('timing_refresh_hz')]).toBe(cell(t.refreshHz));
      expect(l[col('timing_missed')]).toBe(cell(t.missed));
      expect(l[col('timing_missed_reason')]).toBe(cell(t.missedReason));
      expect(l[col('timing_received_at')]).toBe(cell(t.receivedAt));
    }
    // Names survive quoting; a formula-like name is defused with a leading apostrophe.
    const nick = (i: number) =>
      rows.find((r) => r[col('participant_id')] === joined[i]!.participantId)![col('nickname')];
    expect(nick(1)).toBe('O"Neil, Jr');
    expect(nick(2)).toBe("'=SUM(A1)");

    const withMissed = await fetch(`${base}/api/reports/${game.code}/answers.csv?missed=1`, {
      headers: { authorization: `Bearer ${game.hostToken}` },
    });
    const missed = parseCsv(await withMissed.text()).filter((r) => r[0] === 'missed');
    expect(missed.map((r) => [r[col('round_index')], r[col('participant_id')], r[col('choice')]])).toEqual([
      ['1', joined[2]!.participantId, ''],
    ]);
  });

  it('lists in history only the games whose host token is presented', async () => {
    const other = await createGame(1);
    const both = data(
      await api<HistoryEntry[]>('/api/history', {
        method: 'POST',
        body: JSON.stringify({
          games: [
            { code: game.code, token: game.hostToken },
            { code: other.code, token: other.hostToken },
          ],
        }),
      }),
    );
    expect(both.map((e) => e.code).sort()).toEqual([game.code, other.code].sort());
    const mine = both.find((e) => e.code === game.code)!;
    expect(mine).toMatchObject({ deckId: 'all', mode: 'workshop', phase: 'finished' });
    expect(mine.headline.accuracy).toMatchObject({ k: 4, n: 8 });
    const forged = data(
      await api<HistoryEntry[]>('/api/history', {
        method: 'POST',
        body: JSON.stringify({ games: [{ code: game.code, token: other.hostToken }] }),
      }),
    );
    expect(forged).toEqual([]);
    expect(
      (await api('/api/history', { method: 'POST', body: JSON.stringify({ games: [{ code: 'x' }] }) }))
        .status,
    ).toBe(400);
  });

  it('deletes a game’s data for its host only', async () => {
    expect((await api(`/api/reports/${game.code}`, { method: 'DELETE', token: 'nope' })).status).toBe(403);
    expect(data(await api(`/api/reports/${game.code}`, { method: 'DELETE', token: game.hostToken }))).toEqual(
      { deleted: true },
    );
    expect((await api(`/api/reports/${game.code}`, { token: game.hostToken })).status).toBe(404);
    for (const table of [schema.answers, schema.timingReports, schema.rounds, schema.participants]) {
      expect(await database.db.select().from(table).where(eq(table.gameCode, game.code))).toEqual([]);
    }
    expect(glimpse.rooms.get(game.code)).toBeUndefined();
  });

  it('prunes games past the retention period', async () => {
    const kept = await createGame(1);
    expect(await pruneExpired({ store, rooms: glimpse.rooms, clock: monotonicClock, days: 90 })).toEqual([]);
    const later = () => monotonicClock() + 91 * 86_400_000;
    const pruned = await pruneExpired({ store, rooms: glimpse.rooms, clock: later, days: 90 });
    expect(pruned).toContain(kept.code);
    expect(await store.getGame(kept.code)).toBeNull();
    expect(await pruneExpired({ store, rooms: glimpse.rooms, clock: later, days: null })).toEqual([]);
  });

  it('publishes the retention setting', async () => {
    expect(data(await api('/api/settings/retention'))).toEqual({ days: 90 });
  });
});
