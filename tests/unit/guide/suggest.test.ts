import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../../shared/emotions';
import {
  CONTRASTS,
  EMOTION_GUIDE,
  ETHICS_IDS,
  ETHICS_PROMPTS,
  SOURCES,
  contrastFor,
  suggestPrompts,
} from '../../../shared/guide';
import { computeAnalytics } from '../../../shared/stats';
import { fixtureInput } from '../stats/fixture';

describe('guide content', () => {
  it('has cues, neighbours, context questions and known sources for every emotion', () => {
    for (const e of EMOTIONS) {
      const g = EMOTION_GUIDE[e];
      expect(g.cues.length).toBeGreaterThan(0);
      expect(g.neighbours.length).toBeGreaterThan(0);
      expect(g.context.length).toBeGreaterThan(0);
      for (const s of g.sources) expect(SOURCES[s]).toBeDefined();
    }
  });

  it('carries every caveat of docs/learning-and-ethics.md with sources', () => {
    expect(ETHICS_IDS).toHaveLength(8);
    for (const id of ETHICS_IDS) expect(ETHICS_PROMPTS[id].sources.length).toBeGreaterThan(0);
  });

  it('has a contrast for every pair, written for the common confusions', () => {
    expect(contrastFor('surprise', 'fear')).toBe(CONTRASTS[0]);
    expect(contrastFor('disgust', 'anger').lookAt).toBe('the nose and the upper lip');
    for (const a of EMOTIONS)
      for (const b of EMOTIONS) if (a !== b) expect(contrastFor(a, b).text.length).toBeGreaterThan(20);
  });
});

describe('suggestPrompts on the fixture', () => {
  const a = computeAnalytics(fixtureInput());

  it('at the end: the main confusion with a replay of the round where it happened most', () => {
    const s = suggestPrompts(a, { scope: 'end' });
    // fear → surprise: 3 of 5 = 60% (r0: 2, r2: 1 → replay r0); surprise → fear is 1 answer only: no prompt
    expect(s[0]).toMatchObject({
      id: 'contrast:fear>surprise',
      evidence: 'Fear was read as surprise 60% of the time (3 of 5 answers): look at the lower eyelids.',
      replay: { round: 0, emotion: 'fear', identityId: 'id-0', apexId: 'apex-0', confusedWith: 'surprise' },
    });
    // "surprise" chosen 5 times for 3 surprise answers: 5 ≥ 1.5 × 3
    expect(s[1]).toMatchObject({ id: 'label-bias:surprise' });
    expect(s[1]?.evidence).toContain('chosen 5 times, though only 3 answers');
    // fear is the hardest but already covered; then the caveats (culture fits fear/surprise first)
    expect(s.slice(2).map((x) => x.id)).toEqual([
      'ethics:culture',
      'ethics:not-a-readout',
      'ethics:context',
      'ethics:not-a-lie-detector',
      'ethics:posed-not-real',
    ]);
  });

  it('after a round: the round’s confusion, or its cues when it went well', () => {
    // r2 fear: A fear, B surprise → 1 of 2 (50%)
    const r2 = suggestPrompts(a, { scope: 'round', round: 2 });
    expect(r2[0]?.evidence).toBe(
      'In round 3, 1 of 2 read fear as surprise (50%): look at the lower eyelids.',
    );
    expect(r2[0]?.replay).toMatchObject({ round: 2, confusedWith: 'surprise' });
    expect(r2[1]?.id).toBe('ethics:culture');
    // default = latest closed, non-skipped round = r3 (happiness, 3 of 3)
    const last = suggestPrompts(a, { scope: 'round' });
    expect(last[0]).toMatchObject({
      kind: 'well-read',
      evidence: 'In round 4, 3 of 3 read happiness correctly.',
    });
    expect(last[0]?.replay?.round).toBe(3);
  });

  it('never suggests from an open or skipped round', () => {
    expect(suggestPrompts(a, { scope: 'round', round: 5 })).toEqual([]);
    expect(suggestPrompts(a, { scope: 'round', round: 4 })).toEqual([]);
    const all = suggestPrompts(a, { scope: 'end' });
    expect(all.every((s) => s.replay === null || (s.replay.round !== 4 && s.replay.round !== 5))).toBe(true);
  });
});
