/** The server's planner marks a course's blocks (SPEC V-8). */
import { describe, expect, it } from 'vitest';
import type { GameSettings } from '../../../shared/game/types';
import { MemoryStore } from '../../../server/db/memory-store';
import type { RandomSource } from '../../../server/rooms/random';
import { sharedFaces, StimulusCatalog } from '../../../server/rooms/stimuli';

const SETTINGS: GameSettings = {
  deckId: 'all',
  emotions: ['happiness', 'fear', 'surprise'],
  rounds: 7,
  exposureMs: 100,
  timeLimitMs: 5000,
  mode: 'lesson',
  scoring: true,
  autoAdvance: false,
  course: false,
};

function counter(): RandomSource {
  let n = 0;
  return { int: (max) => n++ % max, id: () => `id${String(n++).padStart(20, '0')}` };
}

describe('StimulusCatalog.plan and courses', () => {
  it('V-8: a course plans ⌊n/3⌋ pre-test rounds, training, then ⌊n/3⌋ post-test rounds', () => {
    const catalog = new StimulusCatalog(sharedFaces, counter(), new MemoryStore());
    const { plan } = catalog.plan({ ...SETTINGS, course: true });
    expect(plan.map((r) => r.block)).toEqual([
      'pre',
      'pre',
      'training',
      'training',
      'training',
      'post',
      'post',
    ]);
  });

  it('V-8: other games plan no blocks', () => {
    const catalog = new StimulusCatalog(sharedFaces, counter(), new MemoryStore());
    const { plan } = catalog.plan(SETTINGS);
    expect(plan.every((r) => !('block' in r))).toBe(true);
  });
});
