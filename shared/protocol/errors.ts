/**
 * Error codes on the wire and their words for people. Every failed command is answered with exactly one
 * code (`shared/errors.ts`); the message shown is looked up from the code on the client, so internals
 * never leak.
 */
import type { ErrorCode } from '../errors';

export { ERROR_CODES, isErrorCode, type ErrorCode } from '../errors';

/** Human-readable text for each code, for toasts and form errors. */
export const ERROR_MESSAGES: Readonly<Record<ErrorCode, string>> = {
  'request/invalid': 'That request was not understood.',
  'request/rate-limited': 'Too many requests: please slow down.',
  'request/unknown-event': 'That action does not exist.',
  'auth/invalid-token': 'Your session was not recognised. Please join again.',
  'auth/forbidden': 'Only the host can do that.',
  'game/not-found': 'No game has that code. Check the code with your facilitator.',
  'game/finished': 'This game has finished.',
  'lobby/locked': 'The facilitator has locked this game: no new players can join.',
  'lobby/name-taken': 'Someone already uses that nickname. Please pick another.',
  'lobby/name-filtered': 'Please choose a different nickname.',
  'lobby/full': 'This game is full.',
  'lobby/kicked': 'The facilitator removed you from this game.',
  'phase/invalid': 'That is not possible right now.',
  'round/wrong-round': 'That round is over.',
  'round/not-open': 'Answers are not open yet.',
  'round/closed': 'Time is up for this round.',
  'round/already-answered': 'You have already answered this round.',
  'round/not-participant': 'Only participants can do that.',
  'host/unknown-participant': 'That participant is not in this game.',
  'host/no-participants': 'Wait for at least one participant to join.',
  'host/stale-command': 'The game moved on before this arrived. Check the screen and try again.',
  'internal/error': 'Something went wrong on the server. Please try again.',
  // Produced on the client only: no answer from the server in time (or the network failed).
  'network/timeout': 'The server did not answer in time. Check your connection and try again.',
};

/** The result every command is acknowledged with. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message?: string } };
