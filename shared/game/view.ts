/**
 * `viewFor(state, viewer)`: the only way game state leaves the server (SPEC V-*). Every view is built
 * from scratch out of plain fields, so nothing secret can ride along by accident.
 *
 * Cheap by design: a room of 300 calls it once per participant per change, so everything that is the
 * same for every viewer (ranking, distribution, counts) is computed once per state object and cached
 * in a WeakMap (states are immutable, so a state object never changes under its cache entry).
 */
import type { Emotion } from '../emotions';
import type {
  Distribution,
  HostView,
  LeaderboardEntry,
  ParticipantView,
  PresenterView,
  RoundSummary,
  View,
} from './view-types';
import { activeRoster, distributionOf, isSeated } from './engine';
import { isRevealedPhase } from './phases';
import type { GameState, RoundState, Viewer } from './types';

/** Leaderboard length for participants and the presenter (SPEC V-4). */
export const LEADERBOARD_SIZE = 5;
/** Podium length at the end of a competition (SPEC V-6). */
export const PODIUM_SIZE = 3;

/** Per-state facts every viewer shares. */
interface Shared {
  /** Seated participants ranked by score (ties share a rank, then join order). */
  ranking: (LeaderboardEntry & { id: string })[];
  rankById: Map<string, number>;
  round: null | {
    revealed: boolean;
    readySet: Set<string>;
    readyCount: number;
    answeredCount: number;
    connectedCount: number;
    /** Only computed once revealed (V-1). */
    distribution: Distribution | null;
    correctCount: number;
  };
}

const cache = new WeakMap<GameState, Shared>();

function shared(state: GameState): Shared {
  const hit = cache.get(state);
  if (hit) return hit;
  const seated = state.order.flatMap((id) => {
    const p = state.participants[id];
    return isSeated(p) ? [p] : [];
  });
  // Array.prototype.sort is stable, so equal scores keep join order.
  const sorted = [...seated].sort((a, b) => b.score - a.score);
  const ranking: Shared['ranking'] = [];
  sorted.forEach((p, i) => {
    const prev = ranking[i - 1];
    const rank = prev && prev.score === p.score ? prev.rank : i + 1;
    ranking.push({ id: p.id, rank, name: p.name, score: p.score });
  });
  const rankById = new Map(ranking.map((e) => [e.id, e.rank]));
  const round = state.round;
  let roundFacts: Shared['round'] = null;
  if (round) {
    const revealed = isRevealedPhase(state.phase);
    const answers = Object.values(round.answers);
    roundFacts = {
      revealed,
      readySet: new Set(round.ready),
      readyCount: round.ready.length,
      answeredCount: answers.length,
      connectedCount: activeRoster(state, round).length,
      distribution: revealed ? distributionOf(round.answers) : null,
      correctCount: revealed ? answers.filter((a) => a.correct).length : 0,
    };
  }
  const facts: Shared = { ranking, rankById, round: roundFacts };
  cache.set(state, facts);
  return facts;
}

function top(facts: Shared, n: number): LeaderboardEntry[] {
  return facts.ranking.slice(0, n).map(({ rank, name, score }) => ({ rank, name, score }));
}

/**
 * Project the state for one viewer (SPEC V-1..V-7). Throws when a participant viewer has no seat
 * (the room only asks for seats it knows).
 */
export function viewFor(state: GameState, viewer: Viewer): View {
  switch (viewer.role) {
    case 'participant':
      return participantView(state, viewer.participantId);
    case 'host':
      return hostView(state);
    case 'presenter':
      return presenterView(state);
  }
}

/** V-2/V-3/V-4: the participant's own seat and round, the answer only once revealed. */
export function participantView(state: GameState, participantId: string): ParticipantView {
  const p = state.participants[participantId];
  if (!p) throw new Error(`viewFor: no seat ${participantId}`);
  const facts = shared(state);
  const competition = state.settings.mode === 'competition';
  const round = state.round;
  let roundView: ParticipantView['round'] = null;
  if (round && facts.round) {
    const mine = round.answers[participantId];
    roundView = {
      block: round.plan.block ?? null,
      index: round.index,
      maskId: round.plan.maskId,
      apexId: round.plan.apexId,
      exposureMs: round.plan.exposureMs,
      timeLimitMs: state.settings.timeLimitMs,
      showAt: round.showAt,
      deadline: round.deadline,
      youReady: facts.round.readySet.has(participantId),
      yourAnswer: mine ? { choice: mine.choice, reactionMs: mine.reactionMs } : null,
      // V-8: no feedback in the pre-test, not even the distribution.
      reveal:
        facts.round.revealed && facts.round.distribution && round.plan.block !== 'pre'
          ? {
              emotion: round.plan.emotion,
              skipped: round.skipped,
              correct: mine && !round.skipped ? mine.correct : null,
              points: mine && !round.skipped ? mine.points : 0,
              distribution: facts.round.distribution,
              answeredCount: facts.round.answeredCount,
            }
          : null,
    };
  }
  return {
    role: 'participant',
    code: state.code,
    phase: state.phase,
    version: state.version,
    mode: state.settings.mode,
    scoring: state.settings.scoring,
    paused: state.paused !== null,
    totalRounds: state.plan.length,
    you: {
      id: p.id,
      name: p.name,
      score: p.score,
      streak: p.streak,
      correct: p.correct,
      answered: p.answered,
      rank: competition ? (facts.rankById.get(p.id) ?? null) : null,
    },
    round: roundView,
    leaderboard: competition && isRevealedPhase(state.phase) ? top(facts, LEADERBOARD_SIZE) : null,
  };
}

function summary(round: RoundState): RoundSummary {
  const answers = Object.values(round.answers);
  return {
    index: round.index,
    emotion: round.plan.emotion,
    identityId: round.plan.identityId,
    exposureMs: round.plan.exposureMs,
    skipped: round.skipped,
    answered: answers.length,
    correct: answers.filter((a) => a.correct).length,
    distribution: distributionOf(round.answers),
  };
}

/** V-5: the host sees everything needed to run the game, including the answer. */
export function hostView(state: GameState): HostView {
  const facts = shared(state);
  const round = state.round;
  const participants = state.order.flatMap((id) => {
    const p = state.participants[id];
    if (!isSeated(p)) return [];
    return [
      {
        id: p.id,
        name: p.name,
        connected: p.connected,
        score: p.score,
        streak: p.streak,
        correct: p.correct,
        answered: p.answered,
        readyThisRound: facts.round?.readySet.has(p.id) ?? false,
        answeredThisRound: round?.answers[p.id] !== undefined,
      },
    ];
  });
  return {
    role: 'host',
    code: state.code,
    phase: state.phase,
    version: state.version,
    settings: state.settings,
    paused: state.paused !== null,
    locked: state.locked,
    participants,
    round:
      round && facts.round
        ? {
            index: round.index,
            total: state.plan.length,
            emotion: round.plan.emotion,
            identityId: round.plan.identityId,
            maskId: round.plan.maskId,
            apexId: round.plan.apexId,
            exposureMs: round.plan.exposureMs,
            showAt: round.showAt,
            deadline: round.deadline,
            readyCount: facts.round.readyCount,
            answeredCount: facts.round.answeredCount,
            connectedCount: facts.round.connectedCount,
            distribution: facts.round.distribution,
          }
        : null,
    history: state.history.map(summary),
    // The host already sees every score; in competition mode it gets the full ranking.
    leaderboard: state.settings.mode === 'competition' ? top(facts, facts.ranking.length) : null,
  };
}

/** V-6: the projector: no names in workshop mode, never a person's answer. */
export function presenterView(state: GameState): PresenterView {
  const facts = shared(state);
  const competition = state.settings.mode === 'competition';
  const round = state.round;
  // V-8: the room does not see a pre-test answer either.
  const emotion: Emotion | null =
    round && facts.round?.revealed && round.plan.block !== 'pre' ? round.plan.emotion : null;
  return {
    role: 'presenter',
    code: state.code,
    phase: state.phase,
    version: state.version,
    mode: state.settings.mode,
    paused: state.paused !== null,
    locked: state.locked,
    names: state.settings.mode === 'workshop' ? [] : seatedNames(state),
    participantCount: facts.ranking.length,
    round:
      round && facts.round
        ? {
            index: round.index,
            total: state.plan.length,
            block: round.plan.block ?? null,
            showAt: round.showAt,
            deadline: round.deadline,
            readyCount: facts.round.readyCount,
            answeredCount: facts.round.answeredCount,
            reveal:
              emotion && facts.round.distribution
                ? {
                    emotion,
                    skipped: round.skipped,
                    distribution: facts.round.distribution,
                    answeredCount: facts.round.answeredCount,
                    correctCount: facts.round.correctCount,
                    maskId: round.plan.maskId,
                    apexId: round.plan.apexId,
                  }
                : null,
          }
        : null,
    leaderboard: competition && isRevealedPhase(state.phase) ? top(facts, LEADERBOARD_SIZE) : null,
    podium: competition && state.phase === 'finished' ? top(facts, PODIUM_SIZE) : null,
  };
}

function seatedNames(state: GameState): string[] {
  return state.order.flatMap((id) => {
    const p = state.participants[id];
    return isSeated(p) ? [p.name] : [];
  });
}
