/** Hand-built records for store and room tests. */
import type { GameSettings, GameState, PlannedRound } from '../../../shared/game/types';
import type { GameRecord, RoundRecord } from '../../../server/db/store';

export const SETTINGS: GameSettings = {
  deckId: 'basic',
  emotions: ['happiness', 'sadness', 'fear'],
  rounds: 2,
  exposureMs: 200,
  timeLimitMs: 5000,
  mode: 'lesson',
  scoring: true,
  autoAdvance: false,
  course: false,
};

export const PLAN: PlannedRound[] = [
  {
    maskId: 'mask-0-aaaaaaaaaaaaaaaa',
    apexId: 'apex-0-aaaaaaaaaaaaaaaa',
    emotion: 'fear',
    identityId: 'id-a',
    exposureMs: 200,
  },
  {
    maskId: 'mask-1-bbbbbbbbbbbbbbbb',
    apexId: 'apex-1-bbbbbbbbbbbbbbbb',
    emotion: 'sadness',
    identityId: 'id-b',
    exposureMs: 200,
  },
];

export function lobbyState(code: string, at = 1_000): GameState {
  return {
    phase: 'lobby',
    version: 1,
    code,
    settings: SETTINGS,
    plan: PLAN,
    participants: {},
    order: [],
    locked: false,
    paused: null,
    round: null,
    history: [],
    leadMs: 1000,
    createdAt: at,
    now: at,
  };
}

export function gameRecord(code: string, at = 1_000): GameRecord {
  return {
    code,
    settings: SETTINGS,
    hostTokenHash: `host-hash-${code}`,
    phase: 'lobby',
    createdAt: at,
    finishedAt: null,
    state: lobbyState(code, at),
    updatedAt: at,
  };
}

export function roundRecords(code: string): RoundRecord[] {
  return PLAN.map((p, index) => ({
    gameCode: code,
    index,
    identityId: p.identityId,
    emotion: p.emotion,
    exposureMs: p.exposureMs,
    maskId: `${p.maskId}-${code}`,
    apexId: `${p.apexId}-${code}`,
    stimulus: { identityId: p.identityId, emotion: p.emotion, intensity: 1 },
    preparedAt: null,
    showAt: null,
    deadline: null,
    skipped: false,
  }));
}
