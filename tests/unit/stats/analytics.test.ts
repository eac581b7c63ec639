import { describe, expect, it } from 'vitest';
import {
  computeAnalytics,
  confusionMatrix,
  judgementsFromConfusion,
  learningGain,
  missedSeats,
  type HostAnalytics,
} from '../../../shared/stats';
import { fixtureInput } from './fixture';

function emotionRow(a: HostAnalytics, e: string) {
  const row = a.perEmotion.find((x) => x.emotion === e);
  if (!row) throw new Error(`no row for ${e}`);
  return row;
}

describe('computeAnalytics on the hand-checked fixture', () => {
  const a = computeAnalytics(fixtureInput());

  it('lists emotions in play in the fixed order', () => {
    expect(a.emotions).toEqual(['happiness', 'fear', 'anger', 'surprise', 'disgust']);
  });

  it('counts only closed, non-skipped rounds in the confusion matrix', () => {
    // fear row: r0 A→surprise, B→fear, C→surprise; r2 A→fear, B→surprise  ⇒ fear 2, surprise 3
    expect(a.confusion.fear).toMatchObject({ fear: 2, surprise: 3, happiness: 0 });
    // surprise row: r1 A, B → surprise, C → fear
    expect(a.confusion.surprise).toMatchObject({ surprise: 2, fear: 1 });
    expect(a.confusion.happiness.happiness).toBe(3);
    // r4 (skipped) and r5 (open) count nothing
    expect(a.confusion.anger.anger).toBe(0);
    expect(a.confusion.disgust.disgust).toBe(0);
  });

  it('per-emotion accuracy, Wilson interval and Wagner Hu', () => {
    const fear = emotionRow(a, 'fear');
    // 2 of 5 correct; Wilson [.1176, .7693] (see descriptive.test.ts)
    expect(fear.accuracy).toMatchObject({ k: 2, n: 5, p: 0.4 });
    expect(fear.accuracy?.low).toBeCloseTo(0.117621, 5);
    // Hu = hits² / (row × column) = 2² / (5 × 3)  [fear column: r0 B, r2 A, r1 C]
    expect(fear.hu).toBeCloseTo(4 / 15, 12);
    expect(fear.chosen).toBe(3);
    expect(fear.rounds).toBe(2);
    expect(fear.topConfusion).toEqual({ choice: 'surprise', count: 3, share: 0.6 });

    const surprise = emotionRow(a, 'surprise');
    // 2 of 3; Hu = 2² / (3 × 5)  [surprise column: 3 from fear + 2 from surprise]
    expect(surprise.accuracy).toMatchObject({ k: 2, n: 3 });
    expect(surprise.hu).toBeCloseTo(4 / 15, 12);
    expect(surprise.chosen).toBe(5);
    expect(surprise.topConfusion).toEqual({ choice: 'fear', count: 1, share: 1 / 3 });

    const happiness = emotionRow(a, 'happiness');
    // 3 of 3; Hu = 3² / (3 × 3) = 1; Wilson lower .4385
    expect(happiness.hu).toBe(1);
    expect(happiness.accuracy?.low).toBeCloseTo(0.4385, 4);
    expect(happiness.topConfusion).toBeNull();

    const anger = emotionRow(a, 'anger');
    expect(anger).toMatchObject({ rounds: 0, accuracy: null, hu: null, chosen: 0 });
  });

  it('reaction-time summaries per emotion', () => {
    // fear RTs sorted: 800 1000 1200 1500 2000 → q1 (h=1) 1000, median 1200, q3 (h=3) 1500
    expect(emotionRow(a, 'fear').rt).toMatchObject({
      n: 5,
      q1: 1000,
      median: 1200,
      q3: 1500,
      min: 800,
      max: 2000,
    });
    // bins: 800 → [750,1000) #3; 1000, 1200 → [1000,1250) #4; 1500 → #6; 2000 → #8
    expect(emotionRow(a, 'fear').rt.bins).toEqual([0, 0, 0, 1, 2, 0, 1, 0, 1, 0, 0, 0, 0]);
    // surprise 600 700 900 → q1 650, median 700, q3 800
    expect(emotionRow(a, 'surprise').rt).toMatchObject({ q1: 650, median: 700, q3: 800 });
    // happiness 400 500 3500 → q1 450, median 500, q3 2000; 3500 in the open bin
    expect(emotionRow(a, 'happiness').rt).toMatchObject({ q1: 450, median: 500, q3: 2000 });
    expect(emotionRow(a, 'happiness').rt.bins[12]).toBe(1);
  });

  it('accuracy by exposure in ms and in frames shown', () => {
    // 40 ms: r2 (A right, B wrong) + r3 (3 right) = 4/5; 100 ms: r0 (1 right) + r1 (2 right) = 3/6
    expect(a.exposure.byMs.map((x) => [x.value, x.accuracy?.k, x.accuracy?.n])).toEqual([
      [40, 4, 5],
      [100, 3, 6],
    ]);
    // frames: 2 → r2 A (right); 3 → r2 B (wrong); 6 → r0 ×3 + r1 A,B = 3/5;
    // unknown → r1 C (missed flash, wrong) + r3 ×3 (no reports, right) = 3/4
    expect(a.exposure.byFrames.map((x) => [x.value, x.accuracy?.k, x.accuracy?.n])).toEqual([
      [2, 1, 1],
      [3, 0, 1],
      [6, 3, 5],
      [null, 3, 4],
    ]);
  });

  it('participation per round (D was kicked and never answered: not asked)', () => {
    expect(
      a.participation.map((p) => [
        p.index,
        p.eligible,
        p.ready,
        p.notReady,
        p.answered,
        p.missed,
        p.open,
        p.skipped,
      ]),
    ).toEqual([
      [0, 3, 3, 0, 3, 0, false, false],
      [1, 3, 2, 1, 3, 0, false, false],
      [2, 3, 3, 0, 2, 1, false, false], // D's ready does not count
      [3, 3, 3, 0, 3, 0, false, false],
      [4, 3, 1, 2, 1, 0, false, true],
      [5, 3, 2, 1, 1, 0, true, false],
    ]);
  });

  it('sync quality per scheduled round', () => {
    expect(a.sync.map((s) => s.index)).toEqual([0, 1, 2, 3, 5]);
    // r0: shownAt 10004, 10010, 9998 → spread 12; |errors| 2, 4, 10 → p50 4, p95 (h=1.9) 4 + .9·6 = 9.4
    expect(a.sync[0]).toMatchObject({
      reports: 3,
      shown: 3,
      spreadMs: 12,
      p50ErrorMs: 4,
      framesMismatch: 0,
      missed: [],
    });
    expect(a.sync[0]?.p95ErrorMs).toBeCloseTo(9.4, 10);
    // r1: C hidden; errors 1, 3 → p50 2, p95 (h=.95) 1 + .95·2 = 2.9
    expect(a.sync[1]).toMatchObject({ reports: 3, shown: 2, spreadMs: 2, p50ErrorMs: 2 });
    expect(a.sync[1]?.p95ErrorMs).toBeCloseTo(2.9, 10);
    expect(a.sync[1]?.missed).toEqual([{ participantId: 'C', name: 'Cy', reason: 'hidden' }]);
    // r2: errors 0, 20 → spread 20, p50 10, p95 19; B showed 3 frames of 2
    expect(a.sync[2]).toMatchObject({ spreadMs: 20, p50ErrorMs: 10, p95ErrorMs: 19, framesMismatch: 1 });
    expect(a.sync[3]).toMatchObject({
      reports: 0,
      shown: 0,
      spreadMs: null,
      p50ErrorMs: null,
      p95ErrorMs: null,
    });
  });

  it('per-participant table', () => {
    const row = (id: string) => a.participants.find((p) => p.id === id);
    // A: ✗ ✓ ✓ ✓ → 3/4, streak 3; RTs 800 600 1500 400 → median (600 + 800)/2
    expect(row('A')).toMatchObject({ answered: 4, correct: 3, longestStreak: 3, missed: 0, medianRtMs: 700 });
    expect(row('A')?.perEmotion).toEqual({
      fear: { n: 2, correct: 1 },
      surprise: { n: 1, correct: 1 },
      happiness: { n: 1, correct: 1 },
    });
    // B: ✓ ✓ ✗ ✓ → 3/4, streak 2; RTs 500 700 1000 2000 → 850
    expect(row('B')).toMatchObject({ answered: 4, correct: 3, longestStreak: 2, missed: 0, medianRtMs: 850 });
    // C: ✗ ✗ missed ✓ → 1/3, streak 1, 1 missed; RTs 900 1200 3500 → 1200
    expect(row('C')).toMatchObject({
      answered: 3,
      correct: 1,
      longestStreak: 1,
      missed: 1,
      medianRtMs: 1200,
    });
    expect(row('D')).toMatchObject({
      kicked: true,
      answered: 0,
      missed: 0,
      accuracy: null,
      medianRtMs: null,
    });
  });

  it('headline numbers', () => {
    // 11 answers, 7 correct; mean Hu over shown emotions = (4/15 + 4/15 + 1)/3 = 23/45;
    // all RTs sorted: 400 500 600 700 800 900 1000 1200 1500 2000 3500 → median 900;
    // participation r0–r3: answered 3+3+2+3 = 11 of eligible 12; hardest: fear ties surprise at 4/15,
    // fear first in the fixed order.
    expect(a.headline).toMatchObject({
      participants: 3,
      roundsPlayed: 4,
      answers: 11,
      medianRtMs: 900,
      hardest: 'fear',
    });
    expect(a.headline.accuracy).toMatchObject({ k: 7, n: 11 });
    expect(a.headline.meanHu).toBeCloseTo(23 / 45, 12);
    expect(a.headline.participation).toMatchObject({ k: 11, n: 12 });
  });

  it('round briefs hide an open round’s choices', () => {
    expect(a.rounds[0]).toMatchObject({ answered: 3, correct: 1, closed: true });
    expect(a.rounds[0]?.distribution).toMatchObject({ fear: 1, surprise: 2 });
    expect(a.rounds[5]).toMatchObject({ answered: 1, correct: 0, closed: false });
    expect(Object.values(a.rounds[5]?.distribution ?? {}).every((n) => n === 0)).toBe(true);
  });

  it('is JSON-safe and has no learning gain without pre/post blocks', () => {
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(a.learningGain).toBeNull();
  });
});

describe('learning gain', () => {
  it('compares two answer sets per emotion', () => {
    const pre = [
      { emotion: 'fear', choice: 'fear' },
      { emotion: 'fear', choice: 'surprise' },
      { emotion: 'fear', choice: 'surprise' },
      { emotion: 'fear', choice: 'surprise' },
      { emotion: 'happiness', choice: 'happiness' },
      { emotion: 'happiness', choice: 'happiness' },
    ] as const;
    const post = [
      { emotion: 'fear', choice: 'fear' },
      { emotion: 'fear', choice: 'fear' },
      { emotion: 'fear', choice: 'fear' },
      { emotion: 'fear', choice: 'surprise' },
      { emotion: 'happiness', choice: 'happiness' },
      { emotion: 'happiness', choice: 'happiness' },
      { emotion: 'sadness', choice: 'sadness' },
      { emotion: 'sadness', choice: 'fear' },
    ] as const;
    const g = learningGain(pre, post);
    // overall 3/6 = .5 → 6/8 = .75: gain .25; fear 1/4 → 3/4: +.5; happiness 2/2 → 2/2: 0; sadness only after
    expect(g.overall.gain).toBeCloseTo(0.25, 12);
    expect(g.perEmotion.map((r) => [r.emotion, r.gain])).toEqual([
      ['happiness', 0],
      ['sadness', null],
      ['fear', 0.5],
    ]);
  });

  it('comes from pre/post-test blocks when rounds carry them', () => {
    const input = fixtureInput();
    const blocks = ['pre', 'pre', 'post', 'post'] as const;
    const a = computeAnalytics({
      ...input,
      rounds: input.rounds.map((r, i) => ({ ...r, block: blocks[i] ?? null })),
    });
    // pre r0 + r1: 3/6; post r2 + r3: 4/5 → +.3
    expect(a.learningGain?.overall.pre).toMatchObject({ k: 3, n: 6 });
    expect(a.learningGain?.overall.post).toMatchObject({ k: 4, n: 5 });
    expect(a.learningGain?.overall.gain).toBeCloseTo(0.3, 12);
  });
});

describe('judgementsFromConfusion', () => {
  it('round-trips through confusionMatrix', () => {
    const a = computeAnalytics(fixtureInput());
    const js = judgementsFromConfusion(a.confusion);
    expect(js).toHaveLength(11);
    expect(confusionMatrix(js)).toEqual(a.confusion);
  });
});

describe('missedSeats', () => {
  it('lists eligible seats without an answer in counted rounds only', () => {
    // C missed r2; r4 is skipped and r5 open, so their silences are not "missed"; D was kicked
    expect(missedSeats(fixtureInput())).toEqual([{ round: 2, participantId: 'C' }]);
  });
});
