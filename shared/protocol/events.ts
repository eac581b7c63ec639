/**
 * Typed Socket.IO events, derived from the schemas. Every client→server event has a schema in
 * `CLIENT_EVENT_SCHEMAS`; the `satisfies` check below makes a missing schema a compile error.
 */
import type { z } from 'zod';
import type { HostView, ParticipantView, PresenterView, View } from './views';
import type { Result } from './errors';
import type { HostAnalytics } from '../stats/types';
import {
  answerSchema,
  emptySchema,
  kickSchema,
  lockSchema,
  pingSchema,
  readySchema,
  roundCommandSchema,
  timingReportSchema,
} from './schemas';

/** Who may send each client event. */
export type Role = 'host' | 'participant' | 'presenter';

/** Schema and allowed roles of every client→server event. */
export const CLIENT_EVENT_SCHEMAS = {
  'clock:ping': { schema: pingSchema, roles: ['host', 'participant', 'presenter'] },
  'player:ready': { schema: readySchema, roles: ['participant'] },
  'player:answer': { schema: answerSchema, roles: ['participant'] },
  'player:timing': { schema: timingReportSchema, roles: ['participant'] },
  'host:start': { schema: emptySchema, roles: ['host'] },
  // Commands that act on a round name it, so one overtaken by the game is rejected (SPEC H-10).
  'host:close': { schema: roundCommandSchema, roles: ['host'] },
  'host:pause': { schema: roundCommandSchema, roles: ['host'] },
  'host:resume': { schema: roundCommandSchema, roles: ['host'] },
  'host:skip': { schema: roundCommandSchema, roles: ['host'] },
  'host:next': { schema: roundCommandSchema, roles: ['host'] },
  'host:discuss': { schema: roundCommandSchema, roles: ['host'] },
  'host:end': { schema: emptySchema, roles: ['host'] },
  'host:kick': { schema: kickSchema, roles: ['host'] },
  'host:lock': { schema: lockSchema, roles: ['host'] },
} as const satisfies Record<string, { schema: z.ZodType; roles: readonly Role[] }>;

/** Name of a client→server event. */
export type ClientEventName = keyof typeof CLIENT_EVENT_SCHEMAS;

/** Payload type of a client event. */
export type ClientPayload<E extends ClientEventName> = z.infer<(typeof CLIENT_EVENT_SCHEMAS)[E]['schema']>;

/** What each client event's ack carries on success. */
export interface ClientAckData {
  'clock:ping': { t0: number; t1: number };
  'player:ready': null;
  'player:answer': { accepted: true };
  'player:timing': null;
  'host:start': null;
  'host:close': null;
  'host:pause': null;
  'host:resume': null;
  'host:skip': null;
  'host:next': null;
  'host:discuss': null;
  'host:end': null;
  'host:kick': null;
  'host:lock': null;
}

// Compile-time check: every event with a schema has an ack type, and vice versa.
type _SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never]
  ? true
  : never;
const _everyEventHasAck: _SameKeys<typeof CLIENT_EVENT_SCHEMAS, ClientAckData> = true;
void _everyEventHasAck;

/** Client→server events as Socket.IO's typed interface. */
export type ClientToServerEvents = {
  [E in ClientEventName]: (
    payload: ClientPayload<E>,
    ack: (result: Result<ClientAckData[E]>) => void,
  ) => void;
};

/** Why a session was ended by the server. */
export type SessionEndReason = 'kicked' | 'replaced';

/** Server→client events. `host:analytics` carries the dashboard's throttled aggregates. */
export interface ServerToClientEvents {
  view: (view: View) => void;
  'session:ended': (info: { reason: SessionEndReason }) => void;
  'host:analytics': (analytics: HostAnalytics) => void;
}

/** Handshake `auth` sent by the client. Identity comes only from here (never from a payload). */
export type HandshakeAuth = { token: string } | { presenter: string };

export type { HostView, ParticipantView, PresenterView, View };
