/**
 * The phases of a game and the two groups every layer asks about: is a round running (its answers not yet
 * closed), and is its answer public. Written once here; the engine, the views, the server and the pages
 * import them.
 */

/** Every phase of a game, in order of a round's life. */
export const PHASES = [
  'lobby',
  'preparing',
  'scheduled',
  'answering',
  'reveal',
  'discussion',
  'finished',
] as const;
/** A phase. */
export type Phase = (typeof PHASES)[number];

/** Phases in which a round is running: its answers are not yet closed (SPEC H-5, H-7). */
export const OPEN_PHASES = ['preparing', 'scheduled', 'answering'] as const satisfies readonly Phase[];
/** A phase in which a round is running. */
export type OpenPhase = (typeof OPEN_PHASES)[number];

/** Phases in which the current round's answer is public (SPEC V-1). */
export const REVEALED_PHASES = ['reveal', 'discussion', 'finished'] as const satisfies readonly Phase[];
/** A phase in which the current round's answer is public. */
export type RevealedPhase = (typeof REVEALED_PHASES)[number];

/** True while a round is running (preparing, scheduled, answering). */
export function isOpenPhase(phase: Phase): phase is OpenPhase {
  return (OPEN_PHASES as readonly Phase[]).includes(phase);
}

/** True once the current round's answer is public (reveal, discussion, finished). */
export function isRevealedPhase(phase: Phase): phase is RevealedPhase {
  return (REVEALED_PHASES as readonly Phase[]).includes(phase);
}
