/**
 * What the server sends each kind of viewer: the output of `viewFor` in `view.ts`.
 * These are the only shapes of game state that ever leave the server (SPEC V-*). The wire contract
 * (`shared/protocol`) re-exports them.
 */
import type { Emotion } from '../emotions';
import type { GameSettings, Mode, Phase, RoundBlock } from './types';

/** Count of answers per emotion. */
export type Distribution = Record<Emotion, number>;

/** One leaderboard line (competition mode only). */
export interface LeaderboardEntry {
  rank: number;
  name: string;
  score: number;
}

/** What a participant's device sees. Never the emotion before the reveal, never anyone else's answer. */
export interface ParticipantView {
  role: 'participant';
  code: string;
  phase: Phase;
  version: number;
  mode: Mode;
  scoring: boolean;
  paused: boolean;
  totalRounds: number;
  you: {
    id: string;
    name: string;
    score: number;
    streak: number;
    correct: number;
    answered: number;
    /** 1-based rank by score, competition mode only. */
    rank: number | null;
  };
  round: null | {
    index: number;
    /** Training-course block of this round, null outside a course (SPEC V-8). */
    block: RoundBlock | null;
    /** Opaque image ids: fetch `/api/stimuli/:id`. Neither names the emotion. */
    maskId: string;
    apexId: string;
    exposureMs: number;
    timeLimitMs: number | null;
    /** First expression frame on the server clock; null until scheduled. */
    showAt: number | null;
    /** Answer window close on the server clock (without grace); null until scheduled or without a timer. */
    deadline: number | null;
    youReady: boolean;
    /** Your own answer in this round. */
    yourAnswer: null | { choice: Emotion; reactionMs: number };
    /** Present only in `reveal`, `discussion` and `finished`, and never in a pre-test round (SPEC V-8). */
    reveal: null | {
      emotion: Emotion;
      /** The host skipped the round: no answer counted, no points (SPEC H-5). */
      skipped: boolean;
      /** Your answer was correct; null when you did not answer (or the round was skipped). */
      correct: boolean | null;
      points: number;
      distribution: Distribution;
      answeredCount: number;
    };
  };
  /** Top five, competition mode, from the reveal on. */
  leaderboard: LeaderboardEntry[] | null;
}

/** One roster line on the host's screen. */
export interface HostParticipant {
  id: string;
  name: string;
  connected: boolean;
  score: number;
  streak: number;
  correct: number;
  answered: number;
  readyThisRound: boolean;
  answeredThisRound: boolean;
}

/** Summary of a finished round for the host and presenter. */
export interface RoundSummary {
  index: number;
  emotion: Emotion;
  identityId: string;
  exposureMs: number;
  skipped: boolean;
  answered: number;
  correct: number;
  distribution: Distribution;
}

/** What the host sees: everything needed to run the game. */
export interface HostView {
  role: 'host';
  code: string;
  phase: Phase;
  version: number;
  settings: GameSettings;
  paused: boolean;
  locked: boolean;
  participants: HostParticipant[];
  round: null | {
    index: number;
    total: number;
    /** The host may know the answer (shown on demand on the dashboard). */
    emotion: Emotion;
    identityId: string;
    maskId: string;
    apexId: string;
    exposureMs: number;
    showAt: number | null;
    deadline: number | null;
    readyCount: number;
    answeredCount: number;
    connectedCount: number;
    /** Present from the reveal on. */
    distribution: Distribution | null;
  };
  history: RoundSummary[];
  leaderboard: LeaderboardEntry[] | null;
}

/** What the projector shows: nothing private, no names in workshop mode. */
export interface PresenterView {
  role: 'presenter';
  code: string;
  phase: Phase;
  version: number;
  mode: Mode;
  paused: boolean;
  locked: boolean;
  /** Lobby names; empty in workshop mode. */
  names: string[];
  participantCount: number;
  round: null | {
    index: number;
    total: number;
    /** Training-course block of this round, null outside a course (SPEC V-8). */
    block: RoundBlock | null;
    showAt: number | null;
    deadline: number | null;
    readyCount: number;
    answeredCount: number;
    /** Present from the reveal on, except in a pre-test round (SPEC V-8). */
    reveal: null | {
      emotion: Emotion;
      /** The host skipped the round (SPEC H-5). */
      skipped: boolean;
      distribution: Distribution;
      answeredCount: number;
      correctCount: number;
      /**
       * Opaque image ids (`/api/stimuli/:id`) for showing the face on the projector after the reveal.
       * Reveal-only like the rest of this object (V-1), though neither id names the emotion.
       */
      maskId: string;
      apexId: string;
    };
  };
  /** Competition mode only. */
  leaderboard: LeaderboardEntry[] | null;
  /** Top three at the end, competition mode only. */
  podium: LeaderboardEntry[] | null;
}

/** Any view. */
export type View = ParticipantView | HostView | PresenterView;
