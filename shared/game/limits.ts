/**
 * Limits of a game, shared by the engine's checks (SPEC J-3, J-4, V-8), the wire schemas and the host form.
 */

/** Limits of a game. */
export const LIMITS = {
  minRounds: 1,
  maxRounds: 100,
  /** Shortest exposure: one frame at 240 Hz is ~4 ms; 10 ms keeps it honest on 60–144 Hz screens. */
  minExposureMs: 10,
  maxExposureMs: 2000,
  minTimeLimitMs: 3000,
  /** The "long timer" option is well inside this. */
  maxTimeLimitMs: 300_000,
  maxNameLength: 24,
  maxParticipants: 300,
  /** A training course needs a pre-test, training and a post-test of at least two rounds each (SPEC V-8). */
  minCourseRounds: 6,
} as const;
