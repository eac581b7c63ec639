import { describe, expect, it } from 'vitest';
import {
  ANSWER_GRACE_MS,
  MAX_TRUSTED_RTT_MS,
  REACTION_TOLERANCE_MS,
  checkReaction,
  pointsFor,
} from '../../../shared/game/engine';
import { Scenario, settings, started, wrong } from './helpers';

const answerEvent = (id: string, round = 0, reactionMs = 800, rttMs = 0) =>
  ({ type: 'answer', participantId: id, round, choice: 'happiness', reactionMs, rttMs }) as const;

describe('A: answers', () => {
  it('A-1: an answer for another round is round/wrong-round', () => {
    const g = started(['a']).ready('a').toAnswering().tick(800);
    g.rejects(answerEvent('a', 1), 'round/wrong-round');
  });

  it('A-2: a choice outside the game emotions or a non-finite time is request/invalid', () => {
    const g = started(['a'], settings({ emotions: ['happiness', 'fear'] }))
      .ready('a')
      .toAnswering()
      .tick(800);
    g.rejects({ ...answerEvent('a'), choice: 'disgust' }, 'request/invalid');
    g.rejects({ ...answerEvent('a'), reactionMs: Number.NaN }, 'request/invalid');
    g.rejects({ ...answerEvent('a'), rttMs: Infinity }, 'request/invalid');
  });

  it('A-3: a second answer is rejected with round/already-answered', () => {
    const g = started(['a', 'b']).ready('a').ready('b').toAnswering().answer('a', 'happiness');
    g.tick(10).rejects(answerEvent('a'), 'round/already-answered');
    expect(Object.keys(g.round.answers)).toEqual(['a']);
  });

  it('A-4: answers before answering are round/not-open, after are round/closed', () => {
    const g = started(['a', 'b']);
    g.rejects(answerEvent('a'), 'round/not-open');
    g.ready('a').ready('b');
    expect(g.state.phase).toBe('scheduled');
    g.rejects(answerEvent('a'), 'round/not-open');
    g.toAnswering().answer('a', 'happiness').host({ kind: 'close' });
    g.rejects(answerEvent('b'), 'round/closed');
    g.host({ kind: 'discuss' }).rejects(answerEvent('b'), 'round/closed');
  });

  it('A-4: unknown or kicked participants cannot answer', () => {
    const g = started(['a', 'b']).ready('a').ready('b').toAnswering().tick(500);
    g.rejects(answerEvent('nobody'), 'round/not-participant');
    g.host({ kind: 'kick', participantId: 'b' }).rejects(answerEvent('b'), 'lobby/kicked');
  });

  it('A-5: the window ends at deadline + grace, inclusive', () => {
    const g = started(['a', 'b']).ready('a').ready('b').toAnswering();
    const end = g.round.deadline! + ANSWER_GRACE_MS;
    g.to(end).ok(answerEvent('a', 0, end - g.round.showAt!));
    g.to(end + 1).rejects(answerEvent('b', 0, 5_000), 'round/closed');
  });

  it('A-5: without a time limit the window stays open until the host closes it', () => {
    const g = started(['a'], settings({ timeLimitMs: null }))
      .ready('a')
      .toAnswering();
    g.answer('a', 'fear', 120_000);
    expect(g.round.answers.a).toBeDefined();
  });

  it('A-6: answers are refused while paused', () => {
    const g = started(['a']).ready('a').toAnswering().tick(300).host({ kind: 'pause' });
    g.tick(10).rejects(answerEvent('a'), 'phase/invalid');
  });

  it('A-7: a plausible claim is kept; an impossible one is clamped and flagged', () => {
    expect(checkReaction(900, 1_000, 200)).toEqual({ reactionMs: 900, flagged: false });
    // Claims faster than receipt allows (minus the round trip) are clamped up.
    expect(checkReaction(100, 1_000, 200)).toEqual({
      reactionMs: 1_000 - 200 - REACTION_TOLERANCE_MS,
      flagged: true,
    });
    // Claims slower than the receipt time are clamped down.
    expect(checkReaction(5_000, 1_000, 200)).toEqual({
      reactionMs: 1_000 + REACTION_TOLERANCE_MS,
      flagged: true,
    });
    // A huge claimed round trip does not widen the window beyond MAX_TRUSTED_RTT_MS.
    expect(checkReaction(0, 10_000, 60_000).reactionMs).toBe(
      10_000 - MAX_TRUSTED_RTT_MS - REACTION_TOLERANCE_MS,
    );
    // Negative claims never survive.
    expect(checkReaction(-5, 20, 0)).toEqual({ reactionMs: 0, flagged: true });
  });

  it('A-7: the engine stores the checked and the claimed reaction time', () => {
    const g = started(['a']).ready('a').toAnswering();
    g.to(g.round.showAt! + 2_000).ok({ ...answerEvent('a', 0, 150, 100) });
    expect(g.round.answers.a).toMatchObject({
      reactionMs: 2_000 - 100 - REACTION_TOLERANCE_MS,
      claimedReactionMs: 150,
      flagged: true,
    });
  });

  it('A-7: time spent paused does not count against the claim', () => {
    const g = started(['a']).ready('a').toAnswering().tick(500).host({ kind: 'pause' });
    g.tick(30_000).host({ kind: 'resume' }).tick(500);
    g.ok(answerEvent('a', 0, 1_000, 20));
    expect(g.round.answers.a).toMatchObject({ reactionMs: 1_000, flagged: false });
  });

  it('A-8: with autoAdvance the round reveals once every connected participant answered', () => {
    const g = started(['a', 'b', 'c'], settings({ autoAdvance: true }))
      .ready('a')
      .ready('b')
      .ready('c');
    g.toAnswering().answer('a', 'happiness');
    g.ok({ type: 'connection', participantId: 'c', connected: false });
    expect(g.state.phase).toBe('answering');
    g.answer('b', 'sadness');
    expect(g.state.phase).toBe('reveal');
  });

  it('A-8: without autoAdvance everyone answering does not close the round', () => {
    const g = started(['a']).ready('a').toAnswering().answer('a', 'happiness');
    expect(g.state.phase).toBe('answering');
  });

  it('A-9: each accepted answer emits persist-answer with the full answer', () => {
    const g = started(['a']).ready('a').toAnswering().answer('a', 'happiness', 1_000);
    expect(g.effects).toEqual([{ type: 'persist-answer', round: 0, answer: g.round.answers.a }]);
    expect(g.round.answers.a).toMatchObject({ choice: 'happiness', correct: true, points: 900 });
  });
});

describe('S: scoring', () => {
  it('S-1: scores and counts change only at the reveal', () => {
    const g = started(['a']).ready('a').toAnswering().answer('a', 'happiness', 0);
    expect(g.state.participants.a).toMatchObject({ score: 0, correct: 0, answered: 0, streak: 0 });
    g.host({ kind: 'close' });
    expect(g.state.participants.a).toMatchObject({ score: 1_000, correct: 1, answered: 1, streak: 1 });
  });

  it('S-2: 1000 at once falling linearly to 500 at the limit; 20 s reference without a limit', () => {
    expect(pointsFor(0, 5_000, 0)).toBe(1_000);
    expect(pointsFor(2_500, 5_000, 0)).toBe(750);
    expect(pointsFor(5_000, 5_000, 0)).toBe(500);
    expect(pointsFor(9_000, 5_000, 0)).toBe(500);
    expect(pointsFor(1, 3_000, 0)).toBe(1_000); // rounded
    expect(pointsFor(10_000, null, 0)).toBe(750);
  });

  it('S-2: wrong answers and scoring off earn nothing, accuracy still counts', () => {
    const s = settings({ scoring: false });
    const g = started(['a', 'b'], s).ready('a').ready('b').toAnswering();
    g.answer('a', g.emotion, 100).answer('b', wrong(s, g.emotion), 200).host({ kind: 'close' });
    expect(g.state.participants.a).toMatchObject({ score: 0, correct: 1, answered: 1 });
    expect(g.state.participants.b).toMatchObject({ score: 0, correct: 0, answered: 1 });
  });

  it('S-3: the streak bonus starts at the second consecutive correct answer and caps at +500', () => {
    expect([0, 1, 2, 5, 6, 40].map((streak) => pointsFor(0, 5_000, streak))).toEqual([
      1_000, 1_100, 1_200, 1_500, 1_500, 1_500,
    ]);
    const s = settings({ rounds: 3, timeLimitMs: 5_000 });
    const g = started(['a'], s);
    const points: number[] = [];
    for (let r = 0; r < 3; r++) {
      g.ready('a').toAnswering().answer('a', g.emotion, 0);
      points.push(g.round.answers.a!.points);
      g.host({ kind: 'close' });
      if (r < 2) g.host({ kind: 'next' });
    }
    expect(points).toEqual([1_000, 1_100, 1_200]);
    expect(g.state.participants.a!.score).toBe(3_300);
  });

  it('S-4: a wrong answer or a missed round resets the streak; a skipped round keeps it', () => {
    const s = settings({ rounds: 4 });
    const g = started(['a'], s);
    g.ready('a').toAnswering().answer('a', g.emotion).host({ kind: 'close' });
    expect(g.state.participants.a!.streak).toBe(1);
    g.host({ kind: 'next' }).host({ kind: 'skip' });
    expect(g.state.participants.a!.streak).toBe(1);
    g.host({ kind: 'next' }).ready('a').toAnswering().host({ kind: 'close' }); // missed
    expect(g.state.participants.a!.streak).toBe(0);
    g.host({ kind: 'next' }).ready('a').toAnswering().answer('a', g.emotion).host({ kind: 'close' });
    expect(g.state.participants.a!.streak).toBe(1);
    const h = started(['a'], s)
      .ready('a')
      .toAnswering()
      .answer('a', g.state.plan[0]!.emotion)
      .host({ kind: 'close' });
    h.host({ kind: 'next' })
      .ready('a')
      .toAnswering()
      .answer('a', wrong(s, h.emotion))
      .host({ kind: 'close' });
    expect(h.state.participants.a!.streak).toBe(0);
  });

  it('S-5: a skipped round with answers awards nothing', () => {
    const g = started(['a']).ready('a').toAnswering().answer('a', 'happiness', 0).host({ kind: 'skip' });
    expect(g.round.skipped).toBe(true);
    expect(g.state.participants.a).toMatchObject({ score: 0, answered: 0 });
    expect(new Scenario().state.participants).toEqual({});
  });
});
