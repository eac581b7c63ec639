/**
 * Types of the pure round engine. The engine (`engine.ts`) is a reducer:
 * `step(state, event) → { ok: true, state, effects } | { ok: false, error }`.
 * Rules are numbered in `SPEC.md`; comments cite them.
 */
import type { Emotion } from '../emotions';
import type { Phase } from './phases';
import type { ErrorCode } from '../errors';

/** Game modes (docs/architecture.md, "Modes"): who sees names, points and the leaderboard. */
export const MODES = ['lesson', 'workshop', 'competition'] as const;
/** A game mode. */
export type Mode = (typeof MODES)[number];

export {
  OPEN_PHASES,
  PHASES,
  REVEALED_PHASES,
  isOpenPhase,
  isRevealedPhase,
  type OpenPhase,
  type Phase,
  type RevealedPhase,
} from './phases';

/** Settings chosen by the host when creating a game. Validated by `shared/protocol` before they get here. */
export interface GameSettings {
  /** Deck id from `shared/face/decks.ts`. */
  deckId: string;
  /** Emotions the deck draws from (at least 2). */
  emotions: Emotion[];
  /** Number of rounds. */
  rounds: number;
  /** Requested exposure of the expression, in milliseconds (devices round to whole frames). */
  exposureMs: number;
  /** Answer time limit after the flash, in milliseconds; `null` means no timer (host closes the round). */
  timeLimitMs: number | null;
  mode: Mode;
  /** Speed scoring on or off. Accuracy is always reported apart from the score. */
  scoring: boolean;
  /** Close the round as soon as every connected participant has answered. */
  autoAdvance: boolean;
  /** Training course: pre-test, training, post-test blocks (SPEC V-8). */
  course: boolean;
}

/** Block of a training-course round (SPEC V-8); the statistics use the same type. */
export const ROUND_BLOCKS = ['pre', 'training', 'post'] as const;
/** A training-course block. */
export type RoundBlock = (typeof ROUND_BLOCKS)[number];

/** What the server planned for one round. The emotion never leaves the server before the reveal. */
export interface PlannedRound {
  /** Opaque, unguessable id of the mask (neutral or base expression) image. */
  maskId: string;
  /** Opaque, unguessable id of the apex (expression) image. */
  apexId: string;
  /** The correct answer. Secret until the reveal (SPEC V-1). */
  emotion: Emotion;
  /** Identity id of the face (for analytics and replays). Not sent to participants before the reveal. */
  identityId: string;
  /** Exposure requested for this round, in milliseconds. */
  exposureMs: number;
  /** Training-course block (SPEC V-8); absent when the game is not a course. */
  block?: RoundBlock;
}

/** A seat in the game. */
export interface Participant {
  id: string;
  name: string;
  connected: boolean;
  kicked: boolean;
  /** Score (points), never decreasing (SPEC S-*). */
  score: number;
  /** Consecutive correct answers. */
  streak: number;
  correct: number;
  answered: number;
  /** Server time the seat was taken. */
  joinedAt: number;
}

/** One accepted answer. */
export interface Answer {
  participantId: string;
  choice: Emotion;
  correct: boolean;
  /** Reaction time after server-side checking (possibly clamped). */
  reactionMs: number;
  /** The reaction time the device claimed. */
  claimedReactionMs: number;
  /** True when the claim was impossible given the receipt time and was clamped. */
  flagged: boolean;
  /** Server receipt time. */
  receivedAt: number;
  /** Points awarded (0 when scoring is off or the answer is wrong). */
  points: number;
}

/** The state of the current round. */
export interface RoundState {
  /** 0-based round index. */
  index: number;
  plan: PlannedRound;
  /** Participant ids that reported the stimulus decoded and ready. */
  ready: string[];
  /** Server time the stimulus was sent out (phase `preparing` began). */
  preparedAt: number;
  /** Server time of the first expression frame, once scheduled. */
  showAt: number | null;
  /** Server time the answer window closes (without grace), once scheduled; null when no timer. */
  deadline: number | null;
  /** Answers by participant id. */
  answers: Record<string, Answer>;
  /** True when the host skipped the round (no answers counted). */
  skipped: boolean;
  /**
   * Ids of the seats taken when the round was prepared, in join order. Only they may ready and answer
   * in this round; later joiners play from the next round (SPEC J-6). Older snapshots without it are
   * migrated in `snapshot.ts`.
   */
  roster: string[];
  /** Total time the game was paused while this round was answering (SPEC H-4), for the reaction check. */
  pausedMs: number;
}

/** A paused game remembers what to resume. */
export interface PauseState {
  /** Server time the pause began. */
  since: number;
  /** Remaining answer time when paused during `answering`, else null. */
  remainingMs: number | null;
}

/** The full, authoritative state of one game. Lives only on the server. */
export interface GameState {
  phase: Phase;
  /** Increases by one on every accepted event. */
  version: number;
  code: string;
  settings: GameSettings;
  /** Planned rounds, one per round. */
  plan: PlannedRound[];
  participants: Record<string, Participant>;
  /** Ids in join order. */
  order: string[];
  /** When locked, nobody new may join (reconnecting seats still may). */
  locked: boolean;
  paused: PauseState | null;
  round: RoundState | null;
  /** Finished rounds, in order (with answers). */
  history: RoundState[];
  /** Lead between schedule and flash, computed by the room from measured latency. */
  leadMs: number;
  createdAt: number;
  /** Server time of the last accepted event. */
  now: number;
}

/** Events the engine accepts. Every event carries the server time `at`. */
export type GameEvent =
  | { type: 'create'; at: number; code: string; settings: GameSettings; plan: PlannedRound[] }
  | {
      type: 'join';
      at: number;
      participantId: string;
      name: string;
      /** Whether the seat starts connected (default true); false for a seat taken before its socket attaches (SPEC J-1). */
      connected?: boolean;
    }
  | { type: 'connection'; at: number; participantId: string; connected: boolean }
  | { type: 'ready'; at: number; participantId: string; round: number }
  | {
      type: 'answer';
      at: number;
      participantId: string;
      round: number;
      choice: Emotion;
      /** Reaction time measured by the device from its own first expression frame. */
      reactionMs: number;
      /** The device's latest measured round trip, used to bound the claim. */
      rttMs: number;
    }
  | { type: 'host'; at: number; command: HostCommand }
  | { type: 'timer'; at: number; timer: TimerKind; round: number }
  | { type: 'lead'; at: number; leadMs: number };

/** Host commands that act on a round: each names the round the host's screen shows (SPEC H-10). */
export const ROUND_COMMANDS = ['close', 'next', 'skip', 'pause', 'resume', 'discuss'] as const;
/** A host command that names its round. */
export type RoundCommandKind = (typeof ROUND_COMMANDS)[number];

/** Commands only the host may give. */
export type HostCommand =
  | { kind: 'start' }
  | { kind: RoundCommandKind; round: number }
  | { kind: 'end' }
  | { kind: 'kick'; participantId: string }
  | { kind: 'lock'; locked: boolean };

/** Timers the engine asks the room to set. A timer names its round so a stale one is rejected. */
export type TimerKind = 'ready-timeout' | 'show' | 'deadline';

/** Side effects the engine returns and the room performs. */
export type Effect =
  | { type: 'set-timer'; timer: TimerKind; round: number; at: number }
  | { type: 'clear-timers' }
  | { type: 'persist-answer'; round: number; answer: Answer }
  | { type: 'persist-round'; round: RoundState }
  | { type: 'persist-game' }
  | { type: 'round-prepared'; round: number }
  | { type: 'round-scheduled'; round: number; showAt: number }
  | { type: 'participant-kicked'; participantId: string };

/** Engine errors are namespaced codes (see `shared/errors.ts`). */
export type StepResult = { ok: true; state: GameState; effects: Effect[] } | { ok: false; error: ErrorCode };

/** Who is looking: the view function projects the state for exactly one viewer (SPEC V-*). */
export type Viewer =
  { role: 'host' } | { role: 'presenter' } | { role: 'participant'; participantId: string };
