/**
 * The dashboard's REST routes (contract in shared/stats/report.ts). Building the router starts
 * nothing: the live `host:analytics` pushes and the retention pruning belong to `createDashboard`
 * (server/dashboard.ts), which mounts this router and stops them on dispose.
 *
 * Authorisation: a game's report, CSV and deletion need that game's host token (header only). The
 * history list shows exactly the games whose host tokens the browser sends (it keeps them in
 * localStorage `glimpse:host:<code>`): nobody can list other hosts' games.
 */
import { timingSafeEqual } from 'node:crypto';
import express, { type Request, type Response, type Router } from 'express';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { z } from 'zod';
import { gameCodeSchema } from '../../shared/protocol';
import {
  analyticsInputFromGame,
  computeAnalytics,
  missedSeats,
  type GameReport,
  type HistoryEntry,
  type RetentionInfo,
} from '../../shared/stats';
import { buildAnswersCsv } from '../analytics/csv';
import { expiresAt } from '../analytics/retention';
import type { AppContext } from '../context';
import type { GameRecord } from '../db/store';
import { hashToken } from '../rooms/random';
import { sendError, sendOk } from './respond';

/** Options of the dashboard routes. */
export interface ReportsOptions {
  /** Retention in days (null = keep), published and used for `expiresAt`. */
  retentionDays: number | null;
}

/** Most games one history request may name. */
const MAX_HISTORY = 200;

const historyBodySchema = z
  .object({
    games: z
      .array(z.object({ code: gameCodeSchema, token: z.string().min(1).max(200) }).strict())
      .max(MAX_HISTORY),
  })
  .strict();

/** The host token from `Authorization: Bearer …` or `X-Glimpse-Host-Token`. */
function tokenOf(req: Request): string | null {
  const auth = req.get('authorization');
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  return req.get('x-glimpse-host-token') ?? null;
}

/** Constant-time comparison of a token with a stored hash. */
function tokenMatches(token: string, hash: string): boolean {
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Builds the dashboard's REST router (mounted under /api by `createDashboard`). */
export function reportsRouter(
  context: Pick<AppContext, 'store' | 'rooms' | 'logger'>,
  options: ReportsOptions,
): Router {
  const { store, rooms, logger } = context;
  const days = options.retentionDays;

  const router = express.Router();
  const json = express.json({ limit: '64kb', strict: true });
  // Guessing host tokens is hopeless (32 random bytes), but keep the door narrow anyway.
  const limiter = new RateLimiterMemory({ points: 300, duration: 60 });
  router.use(['/reports', '/history'], (req, res, next) => {
    limiter.consume(req.ip ?? 'unknown').then(
      () => next(),
      () => sendError(res, 'request/rate-limited'),
    );
  });

  /** Loads a game for its host, or answers with the error and returns null. */
  const authorised = async (req: Request, res: Response): Promise<GameRecord | null> => {
    const code = gameCodeSchema.safeParse(req.params.code);
    if (!code.success) {
      sendError(res, 'request/invalid');
      return null;
    }
    const token = tokenOf(req);
    if (!token || token.length > 200) {
      sendError(res, 'auth/invalid-token');
      return null;
    }
    const game = await store.getGame(code.data);
    if (!game) {
      sendError(res, 'game/not-found');
      return null;
    }
    if (!tokenMatches(token, game.hostTokenHash)) {
      sendError(res, 'auth/forbidden');
      return null;
    }
    return game;
  };

  /** The freshest state: the room's when the game is in memory, else the stored snapshot. */
  const stateOf = (game: GameRecord) => rooms.get(game.code)?.state ?? game.state;

  router.get('/reports/:code', async (req, res) => {
    const game = await authorised(req, res);
    if (!game) return;
    const state = stateOf(game);
    const analytics = computeAnalytics(
      analyticsInputFromGame(state, await store.getTimingReports(game.code)),
    );
    const data: GameReport = {
      code: game.code,
      createdAt: game.createdAt,
      finishedAt: game.finishedAt,
      phase: state.phase,
      settings: game.settings,
      analytics,
      expiresAt: expiresAt(game, days),
    };
    res.set('Cache-Control', 'no-store');
    sendOk(res, data);
  });

  router.get('/reports/:code/answers.csv', async (req, res) => {
    const game = await authorised(req, res);
    if (!game) return;
    const [answers, rounds, participants, timings] = await Promise.all([
      store.getAnswers(game.code),
      store.getRounds(game.code),
      store.getParticipants(game.code),
      store.getTimingReports(game.code),
    ]);
    const withMissed = req.query.missed === '1' || req.query.missed === 'true';
    const csv = buildAnswersCsv({
      code: game.code,
      answers,
      rounds,
      participants,
      timings,
      ...(withMissed ? { missedFrom: missedSeats(analyticsInputFromGame(stateOf(game), timings)) } : {}),
    });
    res
      .status(200)
      .set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="glimpse-${game.code}-answers.csv"`,
        'Cache-Control': 'no-store',
      })
      .send(csv);
  });

  // The stimulus of a closed round, for the guide's slow replay (rendered in the host's browser with
  // shared/face renderDynamic). Never for an open round: the spec names the emotion (SPEC V-1).
  router.get('/reports/:code/replay/:round', async (req, res) => {
    const game = await authorised(req, res);
    if (!game) return;
    const index = z.coerce.number().int().min(0).max(1000).safeParse(req.params.round);
    if (!index.success) return sendError(res, 'request/invalid');
    const closed = stateOf(game).history.some((r) => r.index === index.data);
    if (!closed) return sendError(res, 'round/not-open');
    const round = (await store.getRounds(game.code)).find((r) => r.index === index.data);
    if (!round) return sendError(res, 'request/invalid', 404);
    res.set('Cache-Control', 'private, max-age=3600');
    sendOk(res, { round: round.index, spec: round.stimulus });
  });

  router.delete('/reports/:code', async (req, res) => {
    const game = await authorised(req, res);
    if (!game) return;
    // A running game stops here: its room (timers, connections) goes first, then its data.
    rooms.dispose(game.code);
    await store.deleteGame(game.code);
    logger.info('game deleted by its host', { code: game.code });
    sendOk(res, { deleted: true });
  });

  router.post('/history', json, async (req, res) => {
    const body = historyBodySchema.safeParse(req.body);
    if (!body.success) return sendError(res, 'request/invalid');
    const entries: HistoryEntry[] = [];
    for (const { code, token } of body.data.games) {
      const game = await store.getGame(code);
      if (!game || !tokenMatches(token, game.hostTokenHash)) continue; // unknown or not yours: silently left out
      const state = stateOf(game);
      const a = computeAnalytics(analyticsInputFromGame(state, await store.getTimingReports(code)));
      entries.push({
        code,
        createdAt: game.createdAt,
        finishedAt: game.finishedAt,
        phase: state.phase,
        deckId: game.settings.deckId,
        mode: game.settings.mode,
        headline: a.headline,
        perEmotion: a.perEmotion.map((e) => ({
          emotion: e.emotion,
          k: e.accuracy?.k ?? 0,
          n: e.accuracy?.n ?? 0,
          hu: e.hu,
        })),
        confusion: a.confusion,
      });
    }
    entries.sort((x, y) => y.createdAt - x.createdAt);
    res.set('Cache-Control', 'no-store');
    sendOk(res, entries);
  });

  router.get('/settings/retention', (_req, res) => {
    const data: RetentionInfo = { days };
    sendOk(res, data);
  });

  return router;
}
