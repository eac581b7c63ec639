/** The phase groups every layer imports (SPEC V-1, H-5) and the game-code shape. */
import { describe, expect, it } from 'vitest';
import {
  OPEN_PHASES,
  PHASES,
  REVEALED_PHASES,
  isOpenPhase,
  isRevealedPhase,
} from '../../../shared/game/phases';
import { GAME_CODE_PATTERN, isGameCode } from '../../../shared/protocol/game-code';
import { gameCodeSchema } from '../../../shared/protocol/schemas';

describe('phase groups', () => {
  it('the lobby, the open phases and the revealed phases partition every phase, in order', () => {
    expect(['lobby', ...OPEN_PHASES, ...REVEALED_PHASES]).toEqual([...PHASES]);
    for (const phase of PHASES) {
      expect(isOpenPhase(phase)).toBe((OPEN_PHASES as readonly string[]).includes(phase));
      expect(isRevealedPhase(phase)).toBe((REVEALED_PHASES as readonly string[]).includes(phase));
      expect(isOpenPhase(phase) && isRevealedPhase(phase)).toBe(false);
    }
    expect(isOpenPhase('answering')).toBe(true);
    expect(isRevealedPhase('finished')).toBe(true);
    expect(isOpenPhase('lobby') || isRevealedPhase('lobby')).toBe(false);
  });
});

describe('game code', () => {
  it('is six digits and nothing else; the schema uses the same pattern', () => {
    for (const ok of ['000000', '123456', '999999']) {
      expect(isGameCode(ok)).toBe(true);
      expect(gameCodeSchema.safeParse(ok).success).toBe(true);
    }
    for (const bad of ['12345', '1234567', '12345a', ' 123456', '123456\n', '', 123456, null]) {
      expect(isGameCode(bad)).toBe(false);
      expect(gameCodeSchema.safeParse(bad).success).toBe(false);
    }
    expect(GAME_CODE_PATTERN.test('654321')).toBe(true);
  });
});
