/**
 * The seeded event generator of the engine fuzz test, shared with the tests that need many realistic
 * engine states (the host-actions property test).
 */
import { EMOTIONS, type Emotion } from '../../../shared/emotions';
import { ANSWER_GRACE_MS, pendingTimers } from '../../../shared/game/engine';
import type { GameEvent, GameSettings, GameState, HostCommand, TimerKind } from '../../../shared/game/types';
import { settings } from './helpers';

const IDS = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'ghost'];
const NAMES = ['Ann', 'ann', 'Bob', 'Cy', 'Dee', 'Eve', '  ', 'Fay'];
const TIMERS: TimerKind[] = ['ready-timeout', 'show', 'deadline'];

export type Rand = () => number;
export const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

/** A random host command; round commands mostly name the current round, sometimes a stale one (H-10). */
export function hostCommand(rand: Rand, state: GameState): HostCommand {
  const kind = pick(rand, [
    'start',
    'pause',
    'resume',
    'skip',
    'close',
    'next',
    'next',
    'discuss',
    'end',
    'kick',
    'lock',
  ] as const);
  if (kind === 'kick') return { kind, participantId: pick(rand, IDS) };
  if (kind === 'lock') return { kind, locked: rand() < 0.5 };
  if (kind === 'end' && rand() < 0.8) return { kind: 'lock', locked: false }; // keep games going longer
  if (kind === 'start' || kind === 'end') return { kind };
  return { kind, round: Math.max(0, (state.round?.index ?? 0) + pick(rand, [0, 0, 0, 0, 0, 1, -1])) };
}

/** Times the room would fire timers at, plus noise around them. */
function nextTime(rand: Rand, state: GameState): number {
  const r = state.round;
  const candidates = pendingTimers(state)
    .map((t) => t.at)
    .filter((d) => d >= state.now);
  const roll = rand();
  if (state.phase === 'answering' && roll < 0.6) return state.now + Math.floor(rand() * 300);
  if (roll < 0.3 && candidates.length > 0) return pick(rand, candidates) + Math.floor(rand() * 3) - 1;
  if (roll < 0.5 && r?.deadline) return r.deadline + Math.floor(rand() * 2 * ANSWER_GRACE_MS);
  if (roll < 0.55) return state.now - Math.floor(rand() * 50); // time going backwards
  return state.now + Math.floor(rand() * (roll < 0.9 ? 400 : 6_000));
}

export function randomEvent(rand: Rand, state: GameState): GameEvent {
  const [armed] = pendingTimers(state);
  // Like the room: fire the armed timer when its time comes (more often in phases that wait on it).
  if (armed && rand() < (state.phase === 'answering' ? 0.05 : 0.25)) {
    return { type: 'timer', at: Math.max(state.now, armed.at), timer: armed.timer, round: armed.round };
  }
  const at = nextTime(rand, state);
  const roundIndex = (state.round?.index ?? 0) + pick(rand, [0, 0, 0, 0, 0, 0, 1, -1]);
  const id = pick(rand, IDS);
  // Bias towards what the phase is about, so games get played, with some noise of every kind.
  const weights: Record<string, number> = {
    join: state.phase === 'lobby' ? 4 : 1,
    connection: 1,
    ready: state.phase === 'preparing' ? 5 : 1,
    answer: state.phase === 'answering' ? 8 : 1,
    host: state.phase === 'answering' ? 0.5 : 2,
    timer: 2,
    lead: 0.3,
  };
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  let roll = rand() * total;
  const type = Object.keys(weights).find((k) => (roll -= weights[k]!) < 0) ?? 'lead';
  switch (type) {
    case 'join':
      return { type: 'join', at, participantId: id, name: pick(rand, NAMES) };
    case 'connection':
      return { type: 'connection', at, participantId: id, connected: rand() < 0.7 };
    case 'ready':
      return { type: 'ready', at, participantId: id, round: roundIndex };
    case 'answer': {
      const roster = state.round?.roster ?? [];
      const who = roster.length > 0 && rand() < 0.8 ? pick(rand, roster) : id;
      const choice: Emotion = rand() < 0.9 ? pick(rand, state.settings.emotions) : pick(rand, EMOTIONS);
      const reactionMs = rand() < 0.1 ? -5 : Math.floor(rand() * 8_000);
      return {
        type: 'answer',
        at,
        participantId: who,
        round: roundIndex,
        choice,
        reactionMs,
        rttMs: rand() * 300,
      };
    }
    case 'host':
      return { type: 'host', at, command: hostCommand(rand, state) };
    case 'timer':
      return { type: 'timer', at, timer: pick(rand, TIMERS), round: roundIndex };
    default:
      return { type: 'lead', at, leadMs: rand() * 6_000 };
  }
}

/** Random settings for one seed (drawn first from `rand`). */
export function fuzzSettings(rand: Rand): GameSettings {
  return settings({
    rounds: 2 + Math.floor(rand() * 6),
    timeLimitMs: rand() < 0.25 ? null : 3_000 + Math.floor(rand() * 5_000),
    autoAdvance: rand() < 0.5,
    mode: pick(rand, ['lesson', 'workshop', 'competition'] as const),
    scoring: rand() < 0.8,
  });
}
