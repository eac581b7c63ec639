/**
 * REST routes of shared/protocol/http.ts: create and join games, decks, friendly names and the
 * stimulus images (by opaque id). Per-IP rate limits on create and join; bodies are tiny.
 */
import express, { type Request, type RequestHandler, type Router } from 'express';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import {
  createGameBodySchema,
  gameCodeSchema,
  joinBodySchema,
  LIMITS,
  type CreatedGame,
  type DeckInfo,
  type GameSummary,
  type JoinedGame,
} from '../../shared/protocol';
import type { Emotion } from '../../shared/emotions';
import type { RandomSource } from '../rooms/random';
import type { RoomRegistry } from '../rooms/registry';
import type { FaceLibrary, StimulusCatalog } from '../rooms/stimuli';
import { isOffensive, suggestName } from './names';
import { sendError, sendOk } from './respond';

/** Per-IP limits of the REST routes (per minute). */
export interface HttpLimits {
  createPerMinute: number;
  /** Generous: a whole class joins from behind one school NAT address. */
  joinPerMinute: number;
  namesPerMinute: number;
}

/** Default limits. */
export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  createPerMinute: 30,
  joinPerMinute: 600,
  namesPerMinute: 300,
};

/** What the API routes need. */
export interface ApiDeps {
  registry: RoomRegistry;
  stimuli: StimulusCatalog;
  faces: FaceLibrary;
  random: RandomSource;
  /** Base URL participants join through (e.g. http://192.168.1.20:3000), or null to use the request's. */
  publicUrl: string | null;
  limits?: Partial<HttpLimits>;
}

function rateLimit(pointsPerMinute: number): RequestHandler {
  const limiter = new RateLimiterMemory({ points: pointsPerMinute, duration: 60 });
  return (req, res, next) => {
    limiter.consume(req.ip ?? 'unknown').then(
      () => next(),
      () => sendError(res, 'request/rate-limited'),
    );
  };
}

function baseUrl(req: Request, publicUrl: string | null): string {
  return (publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`).replace(/\/+$/, '');
}

/** The `/api` router. */
export function apiRouter(deps: ApiDeps): Router {
  const { registry, stimuli, faces, random } = deps;
  const limits = { ...DEFAULT_HTTP_LIMITS, ...deps.limits };
  const router = express.Router();
  const json = express.json({ limit: '16kb', strict: true });

  router.post('/games', rateLimit(limits.createPerMinute), json, async (req, res) => {
    const body = createGameBodySchema.safeParse(req.body);
    if (!body.success) return sendError(res, 'request/invalid');
    const created = await registry.createGame(body.data.settings);
    if (!created.ok) return sendError(res, created.error.code);
    const { code, hostToken } = created.data;
    const data: CreatedGame = { code, hostToken, joinUrl: `${baseUrl(req, deps.publicUrl)}/join/${code}` };
    sendOk(res, data, 201);
  });

  router.get('/games/:code', (req, res) => {
    const code = gameCodeSchema.safeParse(req.params.code);
    if (!code.success) return sendError(res, 'request/invalid');
    const room = registry.get(code.data);
    if (!room) return sendError(res, 'game/not-found');
    const { state } = room;
    const seated = Object.values(state.participants).filter((p) => !p.kicked).length;
    const data: GameSummary = {
      code: state.code,
      phase: state.phase,
      locked: state.locked,
      joinable: !state.locked && state.phase !== 'finished' && seated < LIMITS.maxParticipants,
      joinUrl: `${baseUrl(req, deps.publicUrl)}/join/${state.code}`,
    };
    sendOk(res, data);
  });

  router.post('/games/:code/join', rateLimit(limits.joinPerMinute), json, async (req, res) => {
    const code = gameCodeSchema.safeParse(req.params.code);
    const body = joinBodySchema.safeParse(req.body);
    if (!code.success || !body.success) return sendError(res, 'request/invalid');
    if (isOffensive(body.data.name)) return sendError(res, 'lobby/name-filtered');
    const joined = await registry.join(code.data, body.data.name);
    if (!joined.ok) return sendError(res, joined.error.code);
    const data: JoinedGame = joined.data;
    sendOk(res, data, 201);
  });

  router.get('/decks', (_req, res) => {
    const data: DeckInfo[] = faces.decks.map((d) => ({
      id: d.id,
      title: d.title,
      description: d.description,
      emotions: [...d.emotions] as Emotion[],
    }));
    sendOk(res, data);
  });

  router.get('/names/suggest', rateLimit(limits.namesPerMinute), (_req, res) => {
    sendOk(res, { name: suggestName(random) });
  });

  router.get('/stimuli/:id', async (req, res) => {
    const id = req.params.id;
    const svg = /^[A-Za-z0-9_-]{16,64}$/.test(id) ? await stimuli.svg(id) : null;
    if (svg === null) return sendError(res, 'request/invalid', 404);
    res
      .status(200)
      .set({
        'Content-Type': 'image/svg+xml',
        'Cache-Control': 'private, max-age=3600',
        'X-Content-Type-Options': 'nosniff',
      })
      .send(svg);
  });

  return router;
}
