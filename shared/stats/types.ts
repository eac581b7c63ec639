/**
 * Input and output types of `computeAnalytics`. The input is a neutral, minimal description of a game
 * (built from the engine's `GameState` by `analyticsInputFromGame`, or from stored rows for a finished
 * game); the output `HostAnalytics` is everything the host dashboard, the report and the discussion
 * guide show. It goes to the host only (`host:analytics`), never to a presenter or participant.
 */
import type { Emotion } from '../emotions';
import type { Mode, Phase, RoundBlock } from '../game/types';
import type { ConfusionCounts } from './confusion';
import type { Bin, Proportion, RtSummary } from './descriptive';

/** One accepted answer, as the statistics need it. */
export interface StatsAnswer {
  participantId: string;
  choice: Emotion;
  /** Reaction time after the server's check (the engine's `Answer.reactionMs`). */
  reactionMs: number;
}

/** Block of a training course: pre-test and post-test rounds give the learning gain (SPEC V-8). */
export type { RoundBlock };

/** One round as the statistics need it. */
export interface StatsRound {
  /** 0-based round index. */
  index: number;
  emotion: Emotion;
  identityId: string;
  maskId: string;
  apexId: string;
  /** Requested exposure, ms. */
  exposureMs: number;
  /** Skipped by the host: its answers never count. */
  skipped: boolean;
  /**
   * True once answers are final (reveal or later). An open round counts toward participation at once,
   * but toward accuracy and confusions only when closed, so a projected dashboard never gives the
   * answer away while the class is still answering (SPEC V-1's spirit).
   */
  closed: boolean;
  /** Seats taken when the round was prepared (SPEC J-6): only they were asked in this round. */
  roster: readonly string[];
  /** Scheduled first expression frame (server clock), or null before scheduling. */
  showAt: number | null;
  /** Participant ids that reported ready. */
  ready: readonly string[];
  answers: readonly StatsAnswer[];
  /** Training-course block, when the game has one; `null`/absent otherwise. */
  block?: RoundBlock | null;
}

/** One seat, as the statistics need it. */
export interface StatsParticipant {
  id: string;
  name: string;
  joinedAt: number;
  kicked: boolean;
  score: number;
}

/** Why a device missed a flash. */
export const MISSED_REASONS = ['late-schedule', 'hidden', 'dropped-frames', 'not-ready'] as const;
/** Why a device missed a flash. */
export type MissedReason = (typeof MISSED_REASONS)[number];

/**
 * A device's report of one flash, as sent in `player:timing` (checked by `timingReportSchema` in
 * `shared/protocol`, which must match this shape) and read by the statistics.
 */
export interface TimingReport {
  round: number;
  /** The scheduled first expression frame, server clock (ms since epoch). */
  showAt: number;
  /** The device's estimated offset (server − device), ms. */
  offsetMs: number;
  /** Round trip of the samples the offset came from, ms. */
  rttMs: number;
  /** When the first expression frame was actually shown, server clock; null when missed. */
  shownAt: number | null;
  framesRequested: number;
  framesShown: number;
  refreshHz: number;
  missed: boolean;
  missedReason: MissedReason | null;
}

/** One device's timing report for one round (docs/flash-and-sync.md). */
export interface StatsTiming extends TimingReport {
  participantId: string;
}

/** Everything `computeAnalytics` needs. */
export interface AnalyticsInput {
  code: string;
  mode: Mode;
  phase: Phase;
  /** Engine state version the input was taken at (lets clients drop stale payloads). */
  version: number;
  /** Emotions in play, from the settings. */
  emotions: readonly Emotion[];
  totalRounds: number;
  participants: readonly StatsParticipant[];
  /** Rounds in index order: finished ones, then the current one if any. */
  rounds: readonly StatsRound[];
  timings: readonly StatsTiming[];
}

/** Statistics of one emotion over closed rounds. */
export interface EmotionStats {
  emotion: Emotion;
  /** Closed, non-skipped rounds that showed this emotion. */
  rounds: number;
  /** Accuracy (correct / answered) with its 95% Wilson interval; null when nobody answered. */
  accuracy: Proportion | null;
  /** Wagner's unbiased hit rate; null when not shown. */
  hu: number | null;
  /** How often this label was chosen, whatever was shown (the column total). */
  chosen: number;
  /** The label most often chosen instead of this emotion, with its share of this emotion's answers. */
  topConfusion: { choice: Emotion; count: number; share: number } | null;
  /** Reaction times of every answer to this emotion (correct or not). */
  rt: RtSummary;
}

/** Accuracy at one exposure level. */
export interface ExposureStats {
  /** Requested ms (for `byMs`) or frames actually shown (for `byFrames`); null = no timing report. */
  value: number | null;
  accuracy: Proportion | null;
}

/** Participation in one round. */
export interface RoundParticipation {
  index: number;
  /** Seats asked in this round (its roster, minus seats kicked since unless they answered). */
  eligible: number;
  ready: number;
  notReady: number;
  answered: number;
  /** Eligible seats without an answer once the round closed; 0 while it is open. */
  missed: number;
  open: boolean;
  skipped: boolean;
}

/** One device that missed a flash. */
export interface MissedDevice {
  participantId: string;
  name: string;
  reason: TimingReport['missedReason'];
}

/** Sync quality of one round, from the devices' timing reports. */
export interface RoundSync {
  index: number;
  /** Timing reports received. */
  reports: number;
  /** Devices that showed the flash (reported a `shownAt`). */
  shown: number;
  /** Latest minus earliest `shownAt` across devices, ms; null with fewer than one shown. */
  spreadMs: number | null;
  /** Median of |shownAt − scheduled showAt|, ms. */
  p50ErrorMs: number | null;
  /** 95th percentile (type-7) of |shownAt − scheduled showAt|, ms. */
  p95ErrorMs: number | null;
  /** Devices that showed a different number of frames than requested. */
  framesMismatch: number;
  missed: MissedDevice[];
}

/** Per-emotion counts for one participant. */
export interface CountPair {
  n: number;
  correct: number;
}

/** One line of the host-only participant table. */
export interface ParticipantRow {
  id: string;
  name: string;
  kicked: boolean;
  score: number;
  answered: number;
  correct: number;
  accuracy: Proportion | null;
  /** Only emotions this participant answered appear. */
  perEmotion: Partial<Record<Emotion, CountPair>>;
  medianRtMs: number | null;
  /** Longest run of consecutive correct answers (a wrong or missed round ends a run). */
  longestStreak: number;
  missed: number;
}

/** Accuracy before and after training. */
export interface GainSummary {
  pre: Proportion | null;
  post: Proportion | null;
  /** post.p − pre.p (a difference of proportions, −1..1); null when either is missing. */
  gain: number | null;
}

/** Accuracy before and after training for one emotion. */
export interface GainRow extends GainSummary {
  emotion: Emotion;
}

/** Learning gain between a pre-test and a post-test answer set. */
export interface LearningGain {
  overall: GainSummary;
  perEmotion: GainRow[];
}

/** One round in brief (host only: it names the emotion). */
export interface RoundBrief {
  index: number;
  emotion: Emotion;
  identityId: string;
  maskId: string;
  apexId: string;
  exposureMs: number;
  skipped: boolean;
  closed: boolean;
  block: RoundBlock | null;
  answered: number;
  correct: number;
  /** Answers per chosen label. */
  distribution: Record<Emotion, number>;
}

/** Headline numbers (history list, report summary). */
export interface Headline {
  participants: number;
  roundsPlayed: number;
  answers: number;
  accuracy: Proportion | null;
  /** Mean Hu over the emotions shown. */
  meanHu: number | null;
  medianRtMs: number | null;
  /** Share of eligible seat-rounds answered. */
  participation: Proportion | null;
  /** Emotion with the lowest Hu (ties: fixed emotion order). */
  hardest: Emotion | null;
}

/** Everything the host dashboard shows; the payload of `host:analytics`. */
export interface HostAnalytics {
  code: string;
  mode: Mode;
  phase: Phase;
  version: number;
  /** Emotions shown in tables and charts: those in play plus any label chosen, in `EMOTIONS` order. */
  emotions: Emotion[];
  totalRounds: number;
  headline: Headline;
  perEmotion: EmotionStats[];
  confusion: ConfusionCounts;
  /** Shared reaction-time histogram bins. */
  rtBins: Bin[];
  exposure: { byMs: ExposureStats[]; byFrames: ExposureStats[] };
  participation: RoundParticipation[];
  sync: RoundSync[];
  participants: ParticipantRow[];
  rounds: RoundBrief[];
  /** Present when the game had pre- and post-test rounds. */
  learningGain: LearningGain | null;
}
