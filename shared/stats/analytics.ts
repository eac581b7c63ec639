/**
 * `computeAnalytics`: everything the host dashboard, the end-of-game report and the discussion guide
 * show, computed from one `AnalyticsInput`. Pure and deterministic: the same input gives the same
 * output, so the live dashboard and the stored report always agree.
 */
import type { Emotion } from '../emotions';
import { EMOTIONS } from '../emotions';
import { isRevealedPhase } from '../game/phases';
import type { GameState, RoundState } from '../game/types';
import type { Judgement } from './confusion';
import { columnTotal, confusionMatrix, unbiasedHitRate } from './confusion';
import { RT_BINS, median, proportion, quantileSorted, rtSummary, sortedCopy } from './descriptive';
import type {
  AnalyticsInput,
  EmotionStats,
  ExposureStats,
  GainRow,
  Headline,
  HostAnalytics,
  LearningGain,
  ParticipantRow,
  RoundBrief,
  RoundParticipation,
  RoundSync,
  StatsParticipant,
  StatsRound,
  StatsTiming,
} from './types';

/** One judgement with everything the breakdowns need. */
export interface Trial extends Judgement {
  participantId: string;
  round: number;
  reactionMs: number;
  exposureMs: number;
  /** Frames the device reported showing; null without a usable timing report. */
  framesShown: number | null;
}

/** Rounds whose answers count toward accuracy: closed and not skipped (SPEC: skipped rounds count nothing). */
function countedRounds(rounds: readonly StatsRound[]): StatsRound[] {
  return rounds.filter((r) => r.closed && !r.skipped);
}

function timingKey(participantId: string, round: number): string {
  return `${participantId}\u0000${round}`;
}

/** Latest timing report per (participant, round). */
function indexTimings(timings: readonly StatsTiming[]): Map<string, StatsTiming> {
  const byKey = new Map<string, StatsTiming>();
  for (const t of timings) byKey.set(timingKey(t.participantId, t.round), t);
  return byKey;
}

/** Every counted answer as a trial. */
export function trialsOf(input: Pick<AnalyticsInput, 'rounds' | 'timings'>): Trial[] {
  const timing = indexTimings(input.timings);
  return countedRounds(input.rounds).flatMap((r) =>
    r.answers.map((a) => {
      const t = timing.get(timingKey(a.participantId, r.index));
      return {
        participantId: a.participantId,
        round: r.index,
        emotion: r.emotion,
        choice: a.choice,
        reactionMs: a.reactionMs,
        exposureMs: r.exposureMs,
        framesShown: t && !t.missed ? t.framesShown : null,
      };
    }),
  );
}

function correctCount(judgements: readonly Judgement[]): number {
  return judgements.filter((j) => j.choice === j.emotion).length;
}

/** Accuracy of a set of judgements with its Wilson interval. */
function accuracyOf(judgements: readonly Judgement[]) {
  return proportion(correctCount(judgements), judgements.length);
}

/**
 * Seats asked in a round: its roster (SPEC J-6) minus kicked seats — a kicked seat still counts in
 * rounds it answered, since we do not know when the kick happened — plus anyone who answered.
 */
function eligibleIn(round: StatsRound, participants: readonly StatsParticipant[]): Set<string> {
  const answered = new Set(round.answers.map((a) => a.participantId));
  const kicked = new Set(participants.filter((p) => p.kicked).map((p) => p.id));
  return new Set([...round.roster.filter((id) => !kicked.has(id) || answered.has(id)), ...answered]);
}

/**
 * Accuracy before and after training, per emotion and overall. Works over any two answer sets: the
 * pre- and post-test rounds of one game, or two whole games of one class (history page).
 */
export function learningGain(pre: readonly Judgement[], post: readonly Judgement[]): LearningGain {
  const gainOf = (a: ReturnType<typeof proportion>, b: ReturnType<typeof proportion>) =>
    a && b ? b.p - a.p : null;
  const shown = EMOTIONS.filter((e) => pre.some((j) => j.emotion === e) || post.some((j) => j.emotion === e));
  const perEmotion: GainRow[] = shown.map((emotion) => {
    const a = accuracyOf(pre.filter((j) => j.emotion === emotion));
    const b = accuracyOf(post.filter((j) => j.emotion === emotion));
    return { emotion, pre: a, post: b, gain: gainOf(a, b) };
  });
  const a = accuracyOf(pre);
  const b = accuracyOf(post);
  return { overall: { pre: a, post: b, gain: gainOf(a, b) }, perEmotion };
}

function groupBy<K, T>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** Accuracy per value of `key`, ascending, with "unknown" (null) last. */
function accuracyBy(trials: readonly Trial[], key: (t: Trial) => number | null): ExposureStats[] {
  return [...groupBy(trials, key).entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b))
    .map(([value, list]) => ({ value, accuracy: accuracyOf(list) }));
}

function roundSync(
  round: StatsRound,
  timings: readonly StatsTiming[],
  names: Map<string, string>,
): RoundSync {
  const reports = timings.filter((t) => t.round === round.index);
  const shownAt = reports.filter((t) => !t.missed && t.shownAt !== null).map((t) => t.shownAt as number);
  const scheduled = round.showAt;
  const errors = sortedCopy(scheduled === null ? [] : shownAt.map((s) => Math.abs(s - scheduled)));
  return {
    index: round.index,
    reports: reports.length,
    shown: shownAt.length,
    spreadMs: shownAt.length ? Math.max(...shownAt) - Math.min(...shownAt) : null,
    p50ErrorMs: quantileSorted(errors, 0.5),
    p95ErrorMs: quantileSorted(errors, 0.95),
    framesMismatch: reports.filter((t) => !t.missed && t.framesShown !== t.framesRequested).length,
    missed: reports
      .filter((t) => t.missed)
      .map((t) => ({
        participantId: t.participantId,
        name: names.get(t.participantId) ?? '',
        reason: t.missedReason,
      })),
  };
}

function participantRow(
  p: StatsParticipant,
  rounds: readonly StatsRound[],
  eligible: ReadonlyMap<number, Set<string>>,
): ParticipantRow {
  const perEmotion: ParticipantRow['perEmotion'] = {};
  const rts: number[] = [];
  let answered = 0;
  let correct = 0;
  let missed = 0;
  let run = 0;
  let longestStreak = 0;
  for (const r of countedRounds(rounds)) {
    if (!eligible.get(r.index)?.has(p.id)) continue;
    const a = r.answers.find((x) => x.participantId === p.id);
    if (!a) {
      missed += 1;
      run = 0;
      continue;
    }
    const ok = a.choice === r.emotion;
    answered += 1;
    correct += ok ? 1 : 0;
    rts.push(a.reactionMs);
    const cell = (perEmotion[r.emotion] ??= { n: 0, correct: 0 });
    cell.n += 1;
    cell.correct += ok ? 1 : 0;
    run = ok ? run + 1 : 0;
    longestStreak = Math.max(longestStreak, run);
  }
  return {
    id: p.id,
    name: p.name,
    kicked: p.kicked,
    score: p.score,
    answered,
    correct,
    accuracy: proportion(correct, answered),
    perEmotion,
    medianRtMs: median(rts),
    longestStreak,
    missed,
  };
}

function participationOf(round: StatsRound, eligible: Set<string>): RoundParticipation {
  const ready = round.ready.filter((id) => eligible.has(id)).length;
  const answered = round.answers.length;
  return {
    index: round.index,
    eligible: eligible.size,
    ready,
    notReady: eligible.size - ready,
    answered,
    missed: round.closed && !round.skipped ? eligible.size - answered : 0,
    open: !round.closed,
    skipped: round.skipped,
  };
}

function roundBrief(r: StatsRound): RoundBrief {
  const distribution = Object.fromEntries(EMOTIONS.map((e) => [e, 0])) as Record<Emotion, number>;
  // An open round shows only how many answered; what they chose waits for the reveal.
  if (r.closed) for (const a of r.answers) distribution[a.choice] += 1;
  return {
    index: r.index,
    emotion: r.emotion,
    identityId: r.identityId,
    maskId: r.maskId,
    apexId: r.apexId,
    exposureMs: r.exposureMs,
    skipped: r.skipped,
    closed: r.closed,
    block: r.block ?? null,
    answered: r.answers.length,
    correct: r.closed ? r.answers.filter((a) => a.choice === r.emotion).length : 0,
    distribution,
  };
}

/** A seat that was asked in a counted round and did not answer. */
export interface MissedSeat {
  round: number;
  participantId: string;
}

/** Every missed seat-round of closed, non-skipped rounds, by round then roster order. */
export function missedSeats(input: Pick<AnalyticsInput, 'rounds' | 'participants'>): MissedSeat[] {
  return countedRounds(input.rounds).flatMap((r) => {
    const answered = new Set(r.answers.map((a) => a.participantId));
    return [...eligibleIn(r, input.participants)]
      .filter((id) => !answered.has(id))
      .map((participantId) => ({ round: r.index, participantId }));
  });
}

/** Computes every dashboard figure from one game's input. */
export function computeAnalytics(input: AnalyticsInput): HostAnalytics {
  const trials = trialsOf(input);
  const counted = countedRounds(input.rounds);
  const confusion = confusionMatrix(trials);
  const names = new Map(input.participants.map((p) => [p.id, p.name]));
  const inPlay = new Set<Emotion>([
    ...input.emotions,
    ...trials.map((t) => t.choice),
    ...trials.map((t) => t.emotion),
  ]);
  const emotions = EMOTIONS.filter((e) => inPlay.has(e));

  const perEmotion: EmotionStats[] = emotions.map((emotion) => {
    const own = trials.filter((t) => t.emotion === emotion);
    const wrong = EMOTIONS.filter((c) => c !== emotion && confusion[emotion][c] > 0).sort(
      (a, b) => confusion[emotion][b] - confusion[emotion][a],
    );
    const top = wrong[0];
    return {
      emotion,
      rounds: counted.filter((r) => r.emotion === emotion).length,
      accuracy: accuracyOf(own),
      hu: unbiasedHitRate(confusion, emotion),
      chosen: columnTotal(confusion, emotion),
      topConfusion:
        top === undefined
          ? null
          : { choice: top, count: confusion[emotion][top], share: confusion[emotion][top] / own.length },
      rt: rtSummary(own.map((t) => t.reactionMs)),
    };
  });

  // Computed once per round: the participant table would otherwise redo it per seat.
  const eligible = new Map(input.rounds.map((r) => [r.index, eligibleIn(r, input.participants)]));
  const participation = input.rounds.map((r) => participationOf(r, eligible.get(r.index) as Set<string>));
  const countedParticipation = participation.filter((p) => !p.open && !p.skipped);
  const hus = perEmotion.filter((e) => e.hu !== null);
  const hardest = hus.reduce<EmotionStats | null>(
    (min, e) => (min === null || (e.hu as number) < (min.hu as number) ? e : min),
    null,
  );
  const headline: Headline = {
    participants: input.participants.filter((p) => !p.kicked).length,
    roundsPlayed: counted.length,
    answers: trials.length,
    accuracy: accuracyOf(trials),
    meanHu: hus.length ? hus.reduce((s, e) => s + (e.hu as number), 0) / hus.length : null,
    medianRtMs: median(trials.map((t) => t.reactionMs)),
    participation: proportion(
      countedParticipation.reduce((s, p) => s + p.answered, 0),
      countedParticipation.reduce((s, p) => s + p.eligible, 0),
    ),
    hardest: hardest?.emotion ?? null,
  };

  const pre = trials.filter((t) => counted.find((r) => r.index === t.round)?.block === 'pre');
  const post = trials.filter((t) => counted.find((r) => r.index === t.round)?.block === 'post');

  return {
    code: input.code,
    mode: input.mode,
    phase: input.phase,
    version: input.version,
    emotions,
    totalRounds: input.totalRounds,
    headline,
    perEmotion,
    confusion,
    rtBins: RT_BINS.map((b) => ({ ...b })),
    exposure: {
      byMs: accuracyBy(trials, (t) => t.exposureMs),
      byFrames: accuracyBy(trials, (t) => t.framesShown),
    },
    participation,
    sync: input.rounds.filter((r) => r.showAt !== null).map((r) => roundSync(r, input.timings, names)),
    participants: input.participants.map((p) => participantRow(p, input.rounds, eligible)),
    rounds: input.rounds.map(roundBrief),
    learningGain: pre.length && post.length ? learningGain(pre, post) : null,
  };
}

function statsRound(r: RoundState, closed: boolean): StatsRound {
  return {
    index: r.index,
    emotion: r.plan.emotion,
    identityId: r.plan.identityId,
    maskId: r.plan.maskId,
    apexId: r.plan.apexId,
    exposureMs: r.plan.exposureMs,
    skipped: r.skipped,
    closed,
    roster: r.roster,
    showAt: r.showAt,
    ready: r.ready,
    // SPEC V-8: pre- and post-test rounds give the learning gain.
    block: r.plan.block ?? null,
    answers: Object.values(r.answers).map((a) => ({
      participantId: a.participantId,
      choice: a.choice,
      reactionMs: a.reactionMs,
    })),
  };
}

/**
 * Builds the statistics input from the engine's state and the timing reports received so far.
 * Rounds carry their training-course `block` from the plan (SPEC V-8), so a course game gets its
 * `learningGain`; other games have none (the history page compares two games instead).
 */
export function analyticsInputFromGame(state: GameState, timings: readonly StatsTiming[]): AnalyticsInput {
  const rounds = state.history.map((r) => statsRound(r, true));
  const current = state.round;
  if (current && !rounds.some((r) => r.index === current.index)) {
    rounds.push(statsRound(current, isRevealedPhase(state.phase)));
  }
  rounds.sort((a, b) => a.index - b.index);
  return {
    code: state.code,
    mode: state.settings.mode,
    phase: state.phase,
    version: state.version,
    emotions: state.settings.emotions,
    totalRounds: state.settings.rounds,
    participants: state.order
      .map((id) => state.participants[id])
      .filter((p) => p !== undefined)
      .map((p) => ({ id: p.id, name: p.name, joinedAt: p.joinedAt, kicked: p.kicked, score: p.score })),
    rounds,
    timings,
  };
}
