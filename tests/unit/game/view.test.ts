import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../../shared/emotions';
import { viewFor } from '../../../shared/game/view';
import type { HostView, ParticipantView, PresenterView } from '../../../shared/protocol/views';
import { Scenario, settings, started, wrong } from './helpers';

const pv = (g: Scenario, id: string) =>
  viewFor(g.state, { role: 'participant', participantId: id }) as ParticipantView;
const host = (g: Scenario) => viewFor(g.state, { role: 'host' }) as HostView;
const presenter = (g: Scenario) => viewFor(g.state, { role: 'presenter' }) as PresenterView;

/** Emotion words anywhere in a JSON text. */
const emotionWords = (json: string) => EMOTIONS.filter((e) => json.includes(e));

describe('V: views', () => {
  it('V-1/V-2: no emotion or identity in participant and presenter views before the reveal', () => {
    const s = settings({ emotions: ['happiness', 'fear'] });
    const g = started(['a', 'b'], s).ready('a').ready('b').toAnswering().answer('a', 'fear');
    for (const view of [pv(g, 'b'), presenter(g)]) {
      const json = JSON.stringify(view);
      expect(emotionWords(json)).toEqual([]);
      expect(json).not.toContain('ident-');
    }
    // a sees only their own choice.
    expect(pv(g, 'a').round!.yourAnswer).toEqual({ choice: 'fear', reactionMs: 1_000 });
    expect(emotionWords(JSON.stringify(pv(g, 'a')))).toEqual(['fear']);
    expect(pv(g, 'a').round!.reveal).toBeNull();
  });

  it('V-2: never another participant’s answer, before or after the reveal', () => {
    const s = settings({ emotions: ['happiness', 'fear'] });
    const g = started(['a', 'b'], s).ready('a').ready('b').toAnswering();
    g.answer('a', wrong(s, g.emotion), 1_777).host({ kind: 'close' });
    const b = pv(g, 'b');
    expect(JSON.stringify(b)).not.toContain('1777');
    expect(b.round!.yourAnswer).toBeNull();
    expect(b.round!.reveal).toMatchObject({ emotion: g.emotion, correct: null, points: 0, answeredCount: 1 });
    expect(b.round!.reveal!.distribution[wrong(s, g.emotion)]).toBe(1);
  });

  it('V-2: the participant’s score does not move before the reveal', () => {
    const g = started(['a']).ready('a').toAnswering();
    const before = pv(g, 'a').you;
    g.answer('a', g.emotion, 0);
    expect(pv(g, 'a').you).toEqual(before);
  });

  it('V-3: the participant sees their readiness and their own answer, then the reveal', () => {
    const g = started(['a', 'b']).ready('a');
    expect(pv(g, 'a').round!.youReady).toBe(true);
    expect(pv(g, 'b').round!.youReady).toBe(false);
    g.ready('b').toAnswering().answer('a', g.emotion, 0).host({ kind: 'close' });
    expect(pv(g, 'a').round!.reveal).toMatchObject({
      emotion: g.emotion,
      correct: true,
      points: 1_000,
      skipped: false,
    });
    expect(pv(g, 'a').you.score).toBe(1_000);
  });

  it('V-4: leaderboard and rank only in competition, leaderboard from the reveal on', () => {
    const g = started(['a', 'b']).ready('a').ready('b').toAnswering();
    expect(pv(g, 'a').leaderboard).toBeNull();
    expect(pv(g, 'a').you.rank).toBe(1); // tied at 0
    g.answer('b', g.emotion, 0).host({ kind: 'close' });
    expect(pv(g, 'a').leaderboard).toEqual([
      { rank: 1, name: 'b', score: 1_000 },
      { rank: 2, name: 'a', score: 0 },
    ]);
    expect(pv(g, 'a').you.rank).toBe(2);
    const lesson = started(['a'], settings({ mode: 'lesson' })).host({ kind: 'skip' });
    expect(pv(lesson, 'a')).toMatchObject({ leaderboard: null, you: { rank: null } });
  });

  it('V-5: the host sees the answer, roster flags, counts and history; kicked seats hidden', () => {
    const g = started(['a', 'b', 'c']).host({ kind: 'kick', participantId: 'c' }).ready('a');
    const h = host(g);
    expect(h.round).toMatchObject({
      emotion: g.emotion,
      identityId: 'ident-0',
      readyCount: 1,
      connectedCount: 2,
    });
    expect(h.participants.map((p) => [p.id, p.readyThisRound])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(h.round!.distribution).toBeNull();
    g.host({ kind: 'skip' });
    expect(host(g).history).toEqual([
      expect.objectContaining({ index: 0, skipped: true, answered: 0, emotion: g.emotion }),
    ]);
    expect(host(g).round!.distribution).not.toBeNull();
  });

  it('V-6: presenter: no names in workshop, reveal from the reveal on, podium only at the end of a competition', () => {
    const w = started(['a', 'b'], settings({ mode: 'workshop' }));
    expect(presenter(w)).toMatchObject({ names: [], participantCount: 2, leaderboard: null, podium: null });
    const c = started(['a', 'b', 'c', 'd'], settings({ rounds: 1 }));
    expect(presenter(c).names).toEqual(['a', 'b', 'c', 'd']);
    c.ready('a').ready('b').ready('c').ready('d').toAnswering().answer('a', c.emotion, 0);
    expect(presenter(c).round!.reveal).toBeNull();
    c.host({ kind: 'close' });
    expect(presenter(c).round!.reveal).toMatchObject({
      emotion: c.emotion,
      answeredCount: 1,
      correctCount: 1,
    });
    expect(presenter(c).podium).toBeNull();
    c.host({ kind: 'next' });
    expect(presenter(c).podium).toHaveLength(3);
    expect(JSON.stringify(presenter(c))).not.toContain('reactionMs');
  });

  it('V-6: presenter gets the face image ids with the reveal, never before', () => {
    const c = started(['a', 'b'], settings({ rounds: 1 }));
    const plan = c.state.round!.plan;
    c.ready('a').ready('b');
    expect(presenter(c).round!.reveal).toBeNull();
    c.toAnswering().answer('a', c.emotion, 0);
    const before = JSON.stringify(presenter(c));
    expect(presenter(c).round!.reveal).toBeNull();
    expect(before).not.toContain(plan.maskId);
    expect(before).not.toContain(plan.apexId);
    c.host({ kind: 'close' });
    expect(presenter(c).round!.reveal).toMatchObject({ maskId: plan.maskId, apexId: plan.apexId });
  });

  it('V-7: viewFor is cheap: 300 participant views of one state reuse shared facts', () => {
    const g = new Scenario(settings({ mode: 'competition' }));
    for (let i = 0; i < 300; i++) g.join(`p${i}`);
    g.host({ kind: 'start' });
    const views = g.state.order.map((id) => pv(g, id));
    expect(views).toHaveLength(300);
    expect(views[0]!.round!.reveal).toBeNull();
  });

  it('V-1: an unknown participant viewer is a bug and throws', () => {
    expect(() => pv(new Scenario(), 'ghost')).toThrow();
  });
});
