/** Learning gain of a training-course game, end to end through the engine's state (SPEC V-8). */
import { describe, expect, it } from 'vitest';
import type { Emotion } from '../../../shared/emotions';
import { analyticsInputFromGame, computeAnalytics } from '../../../shared/stats';
import { courseSettings, started, startedCourse } from '../game/helpers';

describe('V-8: learning gain from a course game', () => {
  it('V-8: analyticsInputFromGame reads each round’s block from the plan; the gain is post − pre accuracy', () => {
    // Rounds (emotions alternate happiness, fear): 0 pre H, 1 pre F, 2–3 training, 4 post H, 5 post F.
    const g = startedCourse(['a', 'b']);
    const answers: [Emotion, Emotion][] = [
      ['happiness', 'fear'], // pre H: a right, b wrong
      ['happiness', 'happiness'], // pre F: both wrong
      ['happiness', 'happiness'], // training H (not in the gain)
      ['happiness', 'happiness'], // training F (not in the gain)
      ['happiness', 'happiness'], // post H: both right
      ['fear', 'happiness'], // post F: a right, b wrong
    ];
    answers.forEach(([a, b], i) => {
      g.ready('a').ready('b').toAnswering().answer('a', a).answer('b', b).host({ kind: 'close' });
      if (i < answers.length - 1) g.tick().host({ kind: 'next' });
    });
    const input = analyticsInputFromGame(g.state, []);
    expect(input.rounds.map((r) => r.block)).toEqual(['pre', 'pre', 'training', 'training', 'post', 'post']);
    const gain = computeAnalytics(input).learningGain;
    // Hand-computed: pre 1/4 = 0.25, post 3/4 = 0.75, gain 0.5.
    expect(gain?.overall.pre).toMatchObject({ k: 1, n: 4 });
    expect(gain?.overall.post).toMatchObject({ k: 3, n: 4 });
    expect(gain?.overall.gain).toBeCloseTo(0.5, 12);
    // Happiness 1/2 → 2/2 (+0.5); fear 0/2 → 1/2 (+0.5).
    expect(gain?.perEmotion.map((r) => [r.emotion, r.pre?.p, r.post?.p, r.gain])).toEqual([
      ['happiness', 0.5, 1, 0.5],
      ['fear', 0, 0.5, 0.5],
    ]);
  });

  it('V-8: a game that is not a course has no blocks and no learning gain', () => {
    const g = started(['a'], courseSettings({ course: false }));
    g.ready('a').toAnswering().answer('a', g.emotion).host({ kind: 'close' });
    const input = analyticsInputFromGame(g.state, []);
    expect(input.rounds[0]?.block).toBeNull();
    expect(computeAnalytics(input).learningGain).toBeNull();
  });
});
