/** Training course (SPEC V-8): blocks, a pre-test without feedback, settings validation. */
import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../../shared/emotions';
import { blockPosition, courseBlock } from '../../../shared/game/course';
import { viewFor } from '../../../shared/game/view';
import { gameSettingsSchema } from '../../../shared/protocol/schemas';
import type { HostView, ParticipantView, PresenterView } from '../../../shared/protocol/views';
import { courseSettings, Scenario, settings, startedCourse, wrong } from './helpers';

const pv = (g: Scenario, id: string) =>
  viewFor(g.state, { role: 'participant', participantId: id }) as ParticipantView;
const host = (g: Scenario) => viewFor(g.state, { role: 'host' }) as HostView;
const presenter = (g: Scenario) => viewFor(g.state, { role: 'presenter' }) as PresenterView;

describe('V-8: training course', () => {
  it('V-8: courseBlock gives ⌊n/3⌋ pre-test rounds first, ⌊n/3⌋ post-test rounds last, training between', () => {
    const blocks = (n: number) => Array.from({ length: n }, (_, i) => courseBlock(i, n));
    expect(blocks(6)).toEqual(['pre', 'pre', 'training', 'training', 'post', 'post']);
    expect(blocks(7)).toEqual(['pre', 'pre', 'training', 'training', 'training', 'post', 'post']);
    expect(blocks(8).filter((b) => b === 'pre')).toHaveLength(2);
    expect(blocks(8).filter((b) => b === 'post')).toHaveLength(2);
    expect(blocks(9)).toEqual([
      'pre',
      'pre',
      'pre',
      'training',
      'training',
      'training',
      'post',
      'post',
      'post',
    ]);
  });

  it('V-8: blockPosition numbers rounds within their block', () => {
    const positions = (n: number) => Array.from({ length: n }, (_, i) => blockPosition(i, n));
    expect(positions(7).map((p) => `${p.position}/${p.size}`)).toEqual([
      '1/2',
      '2/2',
      '1/3',
      '2/3',
      '3/3',
      '1/2',
      '2/2',
    ]);
  });

  it('V-8: settings: course is optional (absent = off) and needs at least 6 rounds', () => {
    const base = settings();
    expect(gameSettingsSchema.safeParse(base).success).toBe(true);
    expect(gameSettingsSchema.safeParse({ ...base, course: false }).success).toBe(true);
    expect(gameSettingsSchema.safeParse({ ...base, rounds: 6, course: true }).success).toBe(true);
    const short = gameSettingsSchema.safeParse({ ...base, rounds: 5, course: true });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.path).toEqual(['rounds']);
    expect(short.error?.issues[0]?.message).toMatch(/at least 6 rounds/);
    expect(gameSettingsSchema.safeParse({ ...base, course: 'yes' }).success).toBe(false);
  });

  it('V-8: views carry the block; outside a course it is null', () => {
    const g = startedCourse();
    expect(pv(g, 'a').round!.block).toBe('pre');
    expect(presenter(g).round!.block).toBe('pre');
    const plain = new Scenario(settings());
    plain.tick().join('a').tick().host({ kind: 'start' });
    expect(pv(plain, 'a').round!.block).toBeNull();
    expect(presenter(plain).round!.block).toBeNull();
  });

  it('V-8: a pre-test round gives no feedback to participant or presenter; the host sees everything', () => {
    const g = startedCourse().ready('a').ready('b').toAnswering();
    const emotion = g.emotion;
    g.answer('a', emotion, 900).answer('b', wrong(courseSettings(), emotion), 1_200);
    // Correctness is recorded for the statistics, but no points (V-8).
    expect(g.round.answers['a']).toMatchObject({ correct: true, points: 0 });
    expect(g.round.answers['b']).toMatchObject({ correct: false, points: 0 });
    g.host({ kind: 'close' });
    expect(g.state.phase).toBe('reveal');

    for (const id of ['a', 'b']) {
      const view = pv(g, id);
      expect(view.round!.reveal).toBeNull();
      // The only emotion word in the view is the participant's own choice.
      const own = view.round!.yourAnswer!.choice;
      expect(EMOTIONS.filter((e) => e !== own && JSON.stringify(view).includes(e))).toEqual([]);
      // Seat unchanged: a changed score, streak or count would tell them whether they were right.
      expect(view.you).toMatchObject({ score: 0, streak: 0, correct: 0, answered: 0 });
    }
    const room = presenter(g);
    expect(room.round!.reveal).toBeNull();
    expect(EMOTIONS.filter((e) => JSON.stringify(room).includes(e))).toEqual([]);

    const h = host(g);
    expect(h.round!.emotion).toBe(emotion);
    expect(h.round!.distribution![emotion]).toBe(1);
    expect(h.history[0]).toMatchObject({ emotion, answered: 2, correct: 1 });

    // Discussion and an early end keep the pre-test answer hidden too.
    g.host({ kind: 'discuss' });
    expect(pv(g, 'a').round!.reveal).toBeNull();
    expect(presenter(g).round!.reveal).toBeNull();
    g.host({ kind: 'end' });
    expect(g.state.phase).toBe('finished');
    expect(pv(g, 'a').round!.reveal).toBeNull();
    expect(presenter(g).round!.reveal).toBeNull();
  });

  it('V-8: training and post-test rounds reveal and score as usual', () => {
    const g = startedCourse(['a']);
    for (let i = 0; i < 6; i++) {
      g.ready('a').toAnswering().answer('a', g.emotion, 1_000).host({ kind: 'close' });
      const view = pv(g, 'a');
      const block = courseBlock(i, 6);
      expect(view.round!.block).toBe(block);
      if (block === 'pre') {
        expect(view.round!.reveal).toBeNull();
        expect(view.you.score).toBe(0);
      } else {
        expect(view.round!.reveal).toMatchObject({ emotion: g.emotion, correct: true });
        expect(view.round!.reveal!.points).toBeGreaterThan(0);
        expect(presenter(g).round!.reveal).toMatchObject({ emotion: g.emotion, correctCount: 1 });
      }
      if (i < 5) g.tick().host({ kind: 'next' });
    }
    // Four scored rounds, all correct; the pre-test counted nowhere on the seat.
    expect(pv(g, 'a').you).toMatchObject({ correct: 4, answered: 4, streak: 4 });
  });
});
