/**
 * A small hand-checked game used by the statistics tests (and the guide tests).
 *
 * Seats A, B, C play; D was kicked and never answered. Every round's roster is [A, B, C, D].
 *
 * | round | emotion   | exp. | A            | B            | C            | state            |
 * | ----- | --------- | ---- | ------------ | ------------ | ------------ | ---------------- |
 * | 0     | fear      | 100  | surprise 800 | fear 1000    | surprise 1200| closed           |
 * | 1     | surprise  | 100  | surprise 600 | surprise 700 | fear 900     | closed           |
 * | 2     | fear      | 40   | fear 1500    | surprise 2000| —            | closed           |
 * | 3     | happiness | 40   | happiness 400| happiness 500| happiness 3500| closed          |
 * | 4     | anger     | 40   | anger 450    | —            | —            | skipped          |
 * | 5     | disgust   | 40   | disgust 300  | —            | —            | open (answering) |
 */
import type { AnalyticsInput, StatsRound, StatsTiming } from '../../../shared/stats';
import type { Emotion } from '../../../shared/emotions';

const ROSTER = ['A', 'B', 'C', 'D'];

function round(
  index: number,
  emotion: Emotion,
  exposureMs: number,
  answers: [string, Emotion, number][],
  extra: Partial<StatsRound> = {},
): StatsRound {
  return {
    index,
    emotion,
    identityId: `id-${index}`,
    maskId: `mask-${index}`,
    apexId: `apex-${index}`,
    exposureMs,
    skipped: false,
    closed: true,
    roster: ROSTER,
    showAt: (index + 1) * 10_000,
    ready: ['A', 'B', 'C'],
    answers: answers.map(([participantId, choice, reactionMs]) => ({ participantId, choice, reactionMs })),
    ...extra,
  };
}

function timing(
  participantId: string,
  r: number,
  shownAt: number | null,
  framesShown: number,
  framesRequested = framesShown,
): StatsTiming {
  return {
    participantId,
    round: r,
    showAt: (r + 1) * 10_000,
    offsetMs: 0,
    rttMs: 20,
    shownAt,
    framesRequested,
    framesShown: shownAt === null ? 0 : framesShown,
    refreshHz: 60,
    missed: shownAt === null,
    missedReason: shownAt === null ? 'hidden' : null,
  };
}

/** The fixture game's statistics input. */
export function fixtureInput(): AnalyticsInput {
  return {
    code: '123456',
    mode: 'lesson',
    phase: 'answering',
    version: 42,
    emotions: ['happiness', 'fear', 'surprise', 'anger', 'disgust'],
    totalRounds: 8,
    participants: [
      { id: 'A', name: 'Ada', joinedAt: 1, kicked: false, score: 300 },
      { id: 'B', name: 'Bo', joinedAt: 2, kicked: false, score: 250 },
      { id: 'C', name: 'Cy', joinedAt: 3, kicked: false, score: 80 },
      { id: 'D', name: 'Dee', joinedAt: 4, kicked: true, score: 0 },
    ],
    rounds: [
      round(0, 'fear', 100, [
        ['A', 'surprise', 800],
        ['B', 'fear', 1000],
        ['C', 'surprise', 1200],
      ]),
      round(
        1,
        'surprise',
        100,
        [
          ['A', 'surprise', 600],
          ['B', 'surprise', 700],
          ['C', 'fear', 900],
        ],
        { ready: ['A', 'B'] },
      ),
      round(
        2,
        'fear',
        40,
        [
          ['A', 'fear', 1500],
          ['B', 'surprise', 2000],
        ],
        { ready: ['A', 'B', 'C', 'D'] },
      ),
      round(3, 'happiness', 40, [
        ['A', 'happiness', 400],
        ['B', 'happiness', 500],
        ['C', 'happiness', 3500],
      ]),
      round(4, 'anger', 40, [['A', 'anger', 450]], { skipped: true, showAt: null, ready: ['A'] }),
      round(5, 'disgust', 40, [['A', 'disgust', 300]], { closed: false, ready: ['A', 'B'] }),
    ],
    timings: [
      timing('A', 0, 10_004, 6),
      timing('B', 0, 10_010, 6),
      timing('C', 0, 9_998, 6),
      timing('A', 1, 20_001, 6),
      timing('B', 1, 20_003, 6),
      timing('C', 1, null, 6),
      timing('A', 2, 30_000, 2),
      timing('B', 2, 30_020, 3, 2),
    ],
  };
}
