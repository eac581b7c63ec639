import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../../shared/emotions';
import { DECKS, IDENTITIES, expressionAu, getDeck, planStimuli } from '../../../shared/face/index';

describe('decks', () => {
  it('offers the six decks with their emotions', () => {
    expect(DECKS.map((d) => d.id)).toEqual([
      'all',
      'fear-surprise',
      'anger-disgust',
      'contempt-happiness',
      'subtle',
      'masked',
    ]);
    expect(getDeck('fear-surprise').emotions).toEqual(['fear', 'surprise']);
    expect(getDeck('all').emotions).toEqual(EMOTIONS);
    expect(() => getDeck('nope')).toThrow();
  });

  it('planStimuli is deterministic for a seed and varies with the seed', () => {
    const a = planStimuli('all', [], 40, 123);
    const b = planStimuli('all', [], 40, 123);
    const c = planStimuli('all', [], 40, 124);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a).toHaveLength(40);
  });

  it('is balanced across the chosen emotions', () => {
    for (const count of [7, 20, 49, 50]) {
      const plan = planStimuli('all', [], count, 9);
      const counts = EMOTIONS.map((e) => plan.filter((s) => s.emotion === e).length);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      expect(counts.reduce((x, y) => x + y, 0)).toBe(count);
    }
    const pair = planStimuli('fear-surprise', [], 30, 5);
    expect(pair.filter((s) => s.emotion === 'fear')).toHaveLength(15);
    expect(pair.filter((s) => s.emotion === 'surprise')).toHaveLength(15);
  });

  it('narrows to the requested emotions and falls back to the deck', () => {
    const plan = planStimuli('all', ['anger', 'contempt'], 10, 2);
    expect(new Set(plan.map((s) => s.emotion))).toEqual(new Set(['anger', 'contempt']));
    const fallback = planStimuli('fear-surprise', ['happiness'], 4, 2);
    expect(fallback.every((s) => s.emotion === 'fear' || s.emotion === 'surprise')).toBe(true);
  });

  it('varies identities and never repeats one back to back', () => {
    const plan = planStimuli('all', [], 48, 77);
    expect(new Set(plan.map((s) => s.identityId)).size).toBe(IDENTITIES.length);
    for (let i = 1; i < plan.length; i++) expect(plan[i]!.identityId).not.toBe(plan[i - 1]!.identityId);
  });

  it('subtle deck uses low intensities; masked deck sets a different base', () => {
    expect(planStimuli('subtle', [], 21, 4).every((s) => s.intensity < 0.6)).toBe(true);
    const masked = planStimuli('masked', [], 21, 4);
    expect(masked.every((s) => s.baseEmotion && s.baseEmotion !== s.emotion)).toBe(true);
    expect(planStimuli('all', [], 7, 4).every((s) => s.baseEmotion === null)).toBe(true);
  });

  it('every planned variant exists', () => {
    for (const s of planStimuli('all', [], 70, 11)) {
      expect(Object.keys(expressionAu(s.emotion, s.intensity, s.variant)).length).toBeGreaterThan(0);
    }
  });
});
