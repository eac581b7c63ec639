/**
 * Runtime schemas for every payload that crosses the wire from a client (socket events and HTTP
 * bodies). Types are derived from them (`z.infer`), so the check and the static type cannot drift.
 */
import { z } from 'zod';
import { EMOTIONS } from '../emotions';
import { GAME_CODE_PATTERN } from './game-code';
import { LIMITS } from '../game/limits';
import { MODES } from '../game/types';
import { MISSED_REASONS, type TimingReport } from '../stats/types';

/** One of the seven emotions. */
export const emotionSchema = z.enum(EMOTIONS);

export { LIMITS } from '../game/limits';

/** Settings a host submits to create a game (POST /api/games). */
export const gameSettingsSchema = z
  .object({
    deckId: z.string().min(1).max(40),
    emotions: z.array(emotionSchema).min(2).max(7),
    rounds: z.number().int().min(LIMITS.minRounds).max(LIMITS.maxRounds),
    exposureMs: z.number().int().min(LIMITS.minExposureMs).max(LIMITS.maxExposureMs),
    timeLimitMs: z.number().int().min(LIMITS.minTimeLimitMs).max(LIMITS.maxTimeLimitMs).nullable(),
    mode: z.enum(MODES),
    scoring: z.boolean(),
    autoAdvance: z.boolean(),
    /** Training course (SPEC V-8); may be left out by clients that do not know it (off). */
    course: z.boolean().default(false),
  })
  .strict()
  .refine((s) => new Set(s.emotions).size === s.emotions.length, {
    message: 'emotions must not repeat',
    path: ['emotions'],
  })
  .refine((s) => !s.course || s.rounds >= LIMITS.minCourseRounds, {
    message: `a training course needs at least ${LIMITS.minCourseRounds} rounds (pre-test, training, post-test)`,
    path: ['rounds'],
  });

/** Body of POST /api/games. */
export const createGameBodySchema = z.object({ settings: gameSettingsSchema }).strict();

/** A nickname: trimmed, 1–24 printable characters. */
export const nicknameSchema = z
  .string()
  .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
  .pipe(
    z
      .string()
      .min(1)
      .max(LIMITS.maxNameLength)
      .regex(/^[^\p{C}<>]+$/u, 'no control characters or angle brackets'),
  );

/** Body of POST /api/games/:code/join. */
export const joinBodySchema = z.object({ name: nicknameSchema }).strict();

/** A six-digit game code. */
export const gameCodeSchema = z.string().regex(GAME_CODE_PATTERN);

/** Payload of `clock:ping`: the device's send time. */
export const pingSchema = z.object({ t0: z.number().finite() }).strict();

/** Payload of `player:ready`. */
export const readySchema = z.object({ round: z.number().int().min(0).max(LIMITS.maxRounds) }).strict();

/** Payload of `player:answer`. */
export const answerSchema = z
  .object({
    round: z.number().int().min(0).max(LIMITS.maxRounds),
    choice: emotionSchema,
    /** Milliseconds from the device's own first expression frame to the press. */
    reactionMs: z
      .number()
      .finite()
      .min(0)
      .max(LIMITS.maxTimeLimitMs + 10_000),
  })
  .strict();

/** Payload of `player:timing`: a device's report of one flash (docs/flash-and-sync.md, "Timing reports"). */
export const timingReportSchema = z
  .object({
    round: z.number().int().min(0).max(LIMITS.maxRounds),
    /** The scheduled first expression frame, server clock (ms since epoch). */
    showAt: z.number().finite(),
    /** The device's estimated offset (server − device), ms. */
    offsetMs: z.number().finite(),
    /** Round trip of the samples the offset came from, ms. */
    rttMs: z.number().finite().min(0).max(60_000),
    /** When the first expression frame was actually shown, server clock; null when missed. */
    shownAt: z.number().finite().nullable(),
    framesRequested: z.number().int().min(0).max(1000),
    framesShown: z.number().int().min(0).max(1000),
    refreshHz: z.number().finite().min(0).max(1000),
    missed: z.boolean(),
    missedReason: z.enum(MISSED_REASONS).nullable(),
  })
  .strict() satisfies z.ZodType<TimingReport>;

// The schema and the interface the statistics read describe the same shape, checked both ways.
type _TimingParsed = z.infer<typeof timingReportSchema>;
const _timingSameShape: [_TimingParsed, TimingReport] extends [TimingReport, _TimingParsed] ? true : never =
  true;
void _timingSameShape;

/** Payload of `host:kick`. */
export const kickSchema = z.object({ participantId: z.string().min(1).max(64) }).strict();

/** Payload of `host:lock`. */
export const lockSchema = z.object({ locked: z.boolean() }).strict();

/** Payload of host commands without arguments. */
export const emptySchema = z.object({}).strict();

/**
 * Payload of host commands that act on a round: the 0-based index of the round the host's screen shows.
 * The engine rejects it with `host/stale-command` when the game has moved to another round (SPEC H-10).
 */
export const roundCommandSchema = z.object({ round: z.number().int().min(0).max(LIMITS.maxRounds) }).strict();

/** Settings as a client sends them (optional fields may be left out). */
export type GameSettingsInput = z.input<typeof gameSettingsSchema>;
export type CreateGameBody = z.input<typeof createGameBodySchema>;
export type JoinBody = z.infer<typeof joinBodySchema>;
export type PingPayload = z.infer<typeof pingSchema>;
export type ReadyPayload = z.infer<typeof readySchema>;
export type AnswerPayload = z.infer<typeof answerSchema>;
export type { TimingReport };
export type KickPayload = z.infer<typeof kickSchema>;
export type LockPayload = z.infer<typeof lockSchema>;
export type RoundCommandPayload = z.infer<typeof roundCommandSchema>;
