/**
 * Namespaced error codes: every failed command, engine step or request is answered with exactly one.
 * A leaf module (it imports nothing), so the engine, the protocol and the server share one list; the
 * words shown to people live with the protocol (`shared/protocol/errors.ts`).
 */
export const ERROR_CODES = [
  'request/invalid',
  'request/rate-limited',
  'request/unknown-event',
  'auth/invalid-token',
  'auth/forbidden',
  'game/not-found',
  'game/finished',
  'lobby/locked',
  'lobby/name-taken',
  'lobby/name-filtered',
  'lobby/full',
  'lobby/kicked',
  'phase/invalid',
  'round/wrong-round',
  'round/not-open',
  'round/closed',
  'round/already-answered',
  'round/not-participant',
  'host/unknown-participant',
  'host/no-participants',
  'host/stale-command',
  'internal/error',
  'network/timeout',
] as const;

/** A namespaced error code. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** True when `value` is a known error code. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
