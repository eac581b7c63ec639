/**
 * Words for each phase, shared by the host, presenter and join pages so every screen names a
 * phase the same way (and announces it the same way to screen readers).
 */
import type { Phase } from '$shared/game/types';
import type { Mode } from '$shared/game/types';

/** Short label for each phase. */
export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
  lobby: 'Lobby',
  preparing: 'Getting ready',
  scheduled: 'Get ready to watch',
  answering: 'Answering',
  reveal: 'Results',
  discussion: 'Discussion',
  finished: 'Finished',
};

/** One-line explanation of each mode for the create form. */
export const MODE_INFO: Readonly<Record<Mode, { label: string; description: string }>> = {
  lesson: {
    label: 'Lesson',
    description: 'You set the pace: results and an optional discussion after every round.',
  },
  workshop: {
    label: 'Workshop',
    description: 'Anonymous toward the room: no names on the projector and no leaderboard.',
  },
  competition: {
    label: 'Competition',
    description: 'Speed points, streaks, a leaderboard and a final podium.',
  },
};

/** Round number for people (1-based) with the total, e.g. "Round 3 of 10". */
export function roundLabel(index: number, total: number): string {
  return `Round ${index + 1} of ${total}`;
}
