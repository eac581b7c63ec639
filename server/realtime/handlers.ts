/**
 * The ONE wrapper every client event goes through (docs/architecture.md, "The protocol"): it checks the ack,
 * validates the payload against `CLIENT_EVENT_SCHEMAS`, checks the role, rate-limits per identity,
 * counts strikes for invalid input and unknown events (disconnecting after too many), and catches
 * and sanitises errors. `clock:ping` takes its timestamp before anything else.
 */
import { RateLimiterMemory } from 'rate-limiter-flexible';
import {
  CLIENT_EVENT_SCHEMAS,
  type ClientAckData,
  type ClientEventName,
  type ClientPayload,
  type ErrorCode,
  type Result,
} from '../../shared/protocol';
import type { Clock, Logger } from '../rooms/ports';
import type { Session } from '../rooms/registry';
import type { GlimpseSocket } from './types';

/** Limits of the wrapper. */
export interface HandlerLimits {
  /** Strikes (invalid payloads, unknown events, missing acks, forbidden events) before a disconnect. */
  maxStrikes: number;
  /** Commands per identity per second. */
  commandsPerSecond: number;
  /** Pings per identity per 10 s (a sync burst is ~10). */
  pingsPer10s: number;
}

const DEFAULT_LIMITS: HandlerLimits = { maxStrikes: 10, commandsPerSecond: 20, pingsPer10s: 60 };

/** Rate limiters shared by every socket of one server, keyed on identity (not IP: schools share NAT). */
export interface Limiters {
  limits: HandlerLimits;
  commands: RateLimiterMemory;
  pings: RateLimiterMemory;
}

/** Creates the limiters of one server. */
export function createLimiters(overrides: Partial<HandlerLimits> = {}): Limiters {
  const limits = { ...DEFAULT_LIMITS, ...overrides };
  return {
    limits,
    commands: new RateLimiterMemory({ points: limits.commandsPerSecond, duration: 1 }),
    pings: new RateLimiterMemory({ points: limits.pingsPer10s, duration: 10 }),
  };
}

/** What the wrapper needs. */
export interface HandlerContext {
  clock: Clock;
  logger: Logger;
  limiters: Limiters;
}

type Handler<E extends ClientEventName> = (
  session: Session,
  payload: ClientPayload<E>,
  receivedAt: number,
) => Result<ClientAckData[E]> | Promise<Result<ClientAckData[E]>>;

const failure = (code: ErrorCode) => ({ ok: false as const, error: { code } });
const success = <T>(data: T) => ({ ok: true as const, data });

/** Turns a room's `Applied` into an ack result once durable. */
async function settle<T>(
  applied: { ok: true; durable: Promise<void> } | { ok: false; error: ErrorCode },
  data: T,
): Promise<Result<T>> {
  if (!applied.ok) return failure(applied.error);
  await applied.durable; // acknowledged only once durable
  return success(data);
}

function participantId(session: Session): string {
  if (session.viewer.role !== 'participant') throw new Error('not a participant');
  return session.viewer.participantId;
}

/** The handler of every client event (thin: the room and the engine do the work). */
const HANDLERS: { [E in ClientEventName]: Handler<E> } = {
  'clock:ping': (_s, payload, receivedAt) => success({ t0: payload.t0, t1: receivedAt }),
  'player:ready': (s, p) => settle(s.room.ready(participantId(s), p.round), null),
  'player:answer': (s, p) => settle(s.room.answer(participantId(s), p), { accepted: true as const }),
  'player:timing': (s, p) => settle(s.room.timing(participantId(s), p), null),
  'host:start': (s) => settle(s.room.host({ kind: 'start' }), null),
  'host:close': (s, p) => settle(s.room.host({ kind: 'close', round: p.round }), null),
  'host:pause': (s, p) => settle(s.room.host({ kind: 'pause', round: p.round }), null),
  'host:resume': (s, p) => settle(s.room.host({ kind: 'resume', round: p.round }), null),
  'host:skip': (s, p) => settle(s.room.host({ kind: 'skip', round: p.round }), null),
  'host:next': (s, p) => settle(s.room.host({ kind: 'next', round: p.round }), null),
  'host:discuss': (s, p) => settle(s.room.host({ kind: 'discuss', round: p.round }), null),
  'host:end': (s) => settle(s.room.host({ kind: 'end' }), null),
  'host:kick': (s, p) => settle(s.room.host({ kind: 'kick', participantId: p.participantId }), null),
  'host:lock': (s, p) => settle(s.room.host({ kind: 'lock', locked: p.locked }), null),
};

function identityKey(session: Session, socketId: string): string {
  const v = session.viewer;
  const who =
    v.role === 'participant' ? `p:${v.participantId}` : v.role === 'host' ? 'host' : `presenter:${socketId}`;
  return `${session.room.code}:${who}`;
}

/** Registers every client event on `socket` through the wrapper. */
export function registerHandlers(socket: GlimpseSocket, context: HandlerContext): void {
  const { clock, logger, limiters } = context;
  const { limits } = limiters;
  let strikes = 0;
  const strike = (reason: string) => {
    strikes += 1;
    if (strikes >= limits.maxStrikes) {
      logger.warn('disconnecting after strikes', { socket: socket.id, reason });
      socket.disconnect(true);
    }
  };

  for (const name of Object.keys(CLIENT_EVENT_SCHEMAS) as ClientEventName[]) {
    const { schema, roles } = CLIENT_EVENT_SCHEMAS[name];
    const limiter = name === 'clock:ping' ? limiters.pings : limiters.commands;
    const handler = HANDLERS[name] as Handler<ClientEventName>;
    (socket as unknown as { on(n: string, f: (...args: unknown[]) => void): void }).on(name, (...args) => {
      // Time first: the ping's t1 must not include any of the work below (docs/flash-and-sync.md).
      const receivedAt = clock();
      const ack = args[args.length - 1];
      if (typeof ack !== 'function' || args.length !== 2) {
        strike('missing ack');
        if (typeof ack === 'function') ack(failure('request/invalid'));
        return;
      }
      const reply = ack as (result: Result<unknown>) => void;
      const session = socket.data.session;
      const parsed = schema.safeParse(args[0]);
      if (!parsed.success) {
        strike('invalid payload');
        return reply(failure('request/invalid'));
      }
      if (!(roles as readonly string[]).includes(session.viewer.role)) {
        strike('forbidden');
        return reply(failure('auth/forbidden'));
      }
      limiter.consume(identityKey(session, socket.id)).then(
        async () => {
          try {
            reply(await handler(session, parsed.data as never, receivedAt));
          } catch (error) {
            logger.error('handler failed', {
              event: name,
              error: error instanceof Error ? error.stack : String(error),
            });
            reply(failure('internal/error'));
          }
        },
        () => reply(failure('request/rate-limited')),
      );
    });
  }

  socket.onAny((name: unknown, ...args: unknown[]) => {
    if (typeof name === 'string' && Object.hasOwn(CLIENT_EVENT_SCHEMAS, name)) return;
    strike('unknown event');
    const ack = args[args.length - 1];
    if (typeof ack === 'function') (ack as (r: Result<never>) => void)(failure('request/unknown-event'));
  });
}
