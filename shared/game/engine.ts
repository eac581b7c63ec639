/**
 * The round engine: a pure, deterministic reducer `step(state, event) → StepResult`.
 *
 * - Never mutates its input and never reads a clock: time arrives in `event.at`.
 * - A user's mistake is answered with `{ ok: false, error }` and changes nothing; it throws only when an
 *   invariant breaks (a bug in the engine or in whoever built the state).
 * - Effects are returned in the order the room must perform them (SPEC T-1).
 *
 * Rules are numbered in `SPEC.md`; comments cite them.
 */
import { EMOTIONS, type Emotion } from '../emotions';
import type { ErrorCode } from '../errors';
import { LIMITS } from './limits';
import { isOpenPhase } from './phases';
import type {
  Answer,
  Effect,
  GameEvent,
  GameState,
  HostCommand,
  Participant,
  Phase,
  RoundState,
  StepResult,
  TimerKind,
} from './types';

/** How long the server waits for every connected participant to report ready (SPEC R-3). */
export const READY_TIMEOUT_MS = 8_000;
/** A dropped socket counts as a disconnect only if its seat has not reattached within this (SPEC J-8). */
export const RECONNECT_GRACE_MS = 5_000;
/** Answers received up to this long after the deadline are still accepted (SPEC A-5). */
export const ANSWER_GRACE_MS = 500;
/** Slack on the reaction-time check for clock-sync and timer error (SPEC A-7). */
export const REACTION_TOLERANCE_MS = 50;
/** A device's claimed round trip is trusted up to this much when bounding its reaction time (SPEC A-7). */
export const MAX_TRUSTED_RTT_MS = 1_000;
/** Lead between scheduling and the flash before the room has measured its latency (SPEC R-5). */
export const DEFAULT_LEAD_MS = 1_000;
/** Smallest lead the room may set (SPEC R-6). */
export const MIN_LEAD_MS = 300;
/** Largest lead the room may set (SPEC R-6). */
export const MAX_LEAD_MS = 5_000;
/** A timer may fire this much before its due time (Node timers can run a millisecond or two early) (SPEC T-3). */
export const TIMER_SLACK_MS = 25;
/** Points for an instant correct answer (SPEC S-2). */
export const MAX_POINTS = 1_000;
/** Points for a correct answer at (or after) the time limit (SPEC S-2). */
export const MIN_CORRECT_POINTS = 500;
/** Reference time for the speed score when the game has no time limit (SPEC S-2). */
export const NO_LIMIT_REFERENCE_MS = 20_000;
/** Bonus per earlier consecutive correct answer (SPEC S-3). */
export const STREAK_BONUS_STEP = 100;
/** Largest streak bonus (SPEC S-3). */
export const STREAK_BONUS_CAP = 500;

/** The `create` event. */
export type CreateEvent = Extract<GameEvent, { type: 'create' }>;

/**
 * Allowed phase transitions (SPEC P-2). `from → to` is allowed when `to` is in `ALLOWED_TRANSITIONS[from]`.
 * Staying in the same phase is always allowed.
 */
export const ALLOWED_TRANSITIONS: Readonly<Record<Phase, readonly Phase[]>> = {
  lobby: ['preparing', 'finished'],
  // preparing → reveal: skip (H-5); preparing → scheduled: all ready or ready timeout.
  preparing: ['scheduled', 'reveal', 'finished'],
  // scheduled → preparing: pause cancels the schedule (H-3).
  scheduled: ['preparing', 'answering', 'reveal', 'finished'],
  answering: ['reveal', 'finished'],
  reveal: ['discussion', 'preparing', 'finished'],
  discussion: ['preparing', 'finished'],
  finished: [],
};

/** A transition under construction: the next state (version not yet bumped) and its effects. */
interface Next {
  state: GameState;
  effects: Effect[];
}

type Outcome = Next | ErrorCode;

/** Throws: an invariant broke (a bug, never a user's mistake). */
function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`glimpse engine invariant: ${message}`);
}

/** Validate a `create` event; returns an error code or null. */
function createError(event: CreateEvent): ErrorCode | null {
  const { settings, plan, code } = event;
  if (typeof code !== 'string' || code.length === 0) return 'request/invalid';
  if (!Number.isInteger(settings.rounds) || settings.rounds < 1) return 'request/invalid';
  if (plan.length !== settings.rounds) return 'request/invalid';
  if (settings.emotions.length < 2 || !settings.emotions.every((e) => EMOTIONS.includes(e))) {
    return 'request/invalid';
  }
  if (!plan.every((r) => settings.emotions.includes(r.emotion) && r.maskId !== r.apexId))
    return 'request/invalid';
  return null;
}

/**
 * The state of a freshly created game, in the lobby, at version 1 (SPEC P-1).
 * Throws when the event is inconsistent (plan length ≠ rounds, plan emotion outside the settings):
 * the server builds it, so that is a bug. `step(null, createEvent)` returns `request/invalid` instead.
 */
export function initialState(event: CreateEvent): GameState {
  invariant(createError(event) === null, 'inconsistent create event');
  return {
    phase: 'lobby',
    version: 1,
    code: event.code,
    settings: event.settings,
    plan: event.plan,
    participants: {},
    order: [],
    locked: false,
    paused: null,
    round: null,
    history: [],
    leadMs: DEFAULT_LEAD_MS,
    createdAt: event.at,
    now: event.at,
  };
}

/**
 * Apply one event. `create` is accepted only when `state` is null (SPEC P-1); every other event needs a
 * state. On success `version` is exactly one more than before (SPEC P-3) and `now` is the event time
 * (never moving backwards).
 */
export function step(state: GameState | null, event: GameEvent): StepResult {
  if (typeof event.at !== 'number' || !Number.isFinite(event.at)) return fail('request/invalid');
  if (state === null) {
    if (event.type !== 'create') return fail('game/not-found');
    const error = createError(event);
    return error
      ? fail(error)
      : { ok: true, state: initialState(event), effects: [{ type: 'persist-game' }] };
  }
  if (event.type === 'create') return fail('phase/invalid');

  const outcome = apply(state, event);
  if (typeof outcome === 'string') return fail(outcome);
  const settled = settle(outcome, event.at);
  const next: GameState = {
    ...settled.state,
    version: state.version + 1,
    now: Math.max(state.now, event.at),
  };
  invariant(
    next.phase === state.phase || ALLOWED_TRANSITIONS[state.phase].includes(next.phase),
    `transition ${state.phase} → ${next.phase}`,
  );
  return { ok: true, state: next, effects: tidyEffects(settled.effects, state.phase !== next.phase) };
}

function fail(error: ErrorCode): StepResult {
  return { ok: false, error };
}

/** One `persist-game`, last, when anything asked for it or the phase changed (SPEC T-1). */
function tidyEffects(effects: Effect[], phaseChanged: boolean): Effect[] {
  const persist = phaseChanged || effects.some((e) => e.type === 'persist-game');
  const rest = effects.filter((e) => e.type !== 'persist-game');
  return persist ? [...rest, { type: 'persist-game' }] : rest;
}

function apply(state: GameState, event: Exclude<GameEvent, { type: 'create' }>): Outcome {
  switch (event.type) {
    case 'join':
      return join(state, event.participantId, event.name, event.at, event.connected ?? true);
    case 'connection':
      return connection(state, event.participantId, event.connected);
    case 'ready':
      return ready(state, event.participantId, event.round);
    case 'answer':
      return answer(state, event);
    case 'host':
      return host(state, event.command, event.at);
    case 'timer':
      return timer(state, event.timer, event.round, event.at);
    case 'lead':
      return lead(state, event.leadMs);
    default: {
      const never: never = event;
      void never;
      return 'request/invalid';
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Queries shared with the view.

/** True when the participant holds a live (not kicked) seat. */
export function isSeated(p: Participant | undefined): p is Participant {
  return p !== undefined && !p.kicked;
}

/** Roster members who currently count for "everyone ready / answered": seated and connected (SPEC R-2). */
export function activeRoster(state: GameState, round: RoundState): string[] {
  return rosterOf(state, round).filter((id) => {
    const p = state.participants[id];
    return isSeated(p) && p.connected;
  });
}

/** Ids allowed to play the round (SPEC J-6). */
export function rosterOf(_state: GameState, round: RoundState): string[] {
  return round.roster;
}

/** Normalised form of a nickname for the case-insensitive uniqueness check (SPEC J-3). */
export function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');
}

function currentRound(state: GameState): RoundState {
  invariant(state.round !== null, `phase ${state.phase} without a round`);
  return state.round;
}

// ---------------------------------------------------------------------------------------------------
// Participant events.

function join(state: GameState, id: string, rawName: string, at: number, connected: boolean): Outcome {
  if (state.phase === 'finished') return 'game/finished';
  if (typeof id !== 'string' || id.length === 0 || typeof rawName !== 'string') return 'request/invalid';
  if (typeof connected !== 'boolean') return 'request/invalid';
  const existing = state.participants[id];
  // J-5: a seat is taken once; a kicked seat never comes back; reconnects are `connection` events.
  if (existing) return existing.kicked ? 'lobby/kicked' : 'request/invalid';
  const name = rawName.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (name.length === 0 || name.length > LIMITS.maxNameLength) return 'request/invalid';
  if (state.locked) return 'lobby/locked'; // J-2
  const seated = state.order.filter((pid) => isSeated(state.participants[pid])).length;
  if (seated >= LIMITS.maxParticipants) return 'lobby/full'; // J-4
  const key = nameKey(name);
  // J-3: names of kicked seats stay taken, so a removed nickname cannot come straight back.
  if (state.order.some((pid) => nameKey(state.participants[pid]?.name ?? '') === key))
    return 'lobby/name-taken';
  const participant: Participant = {
    id,
    name,
    connected, // J-1
    kicked: false,
    score: 0,
    streak: 0,
    correct: 0,
    answered: 0,
    joinedAt: at,
  };
  return {
    state: {
      ...state,
      participants: { ...state.participants, [id]: participant },
      order: [...state.order, id],
    },
    effects: [{ type: 'persist-game' }],
  };
}

/** Looks up a live seat for a participant command, or the error to answer with. */
function seat(state: GameState, id: string): Participant | ErrorCode {
  const p = state.participants[id];
  if (!p) return 'round/not-participant';
  if (p.kicked) return 'lobby/kicked';
  return p;
}

function connection(state: GameState, id: string, connected: boolean): Outcome {
  const p = seat(state, id);
  if (typeof p === 'string') return p;
  if (typeof connected !== 'boolean') return 'request/invalid';
  return { state: withParticipant(state, { ...p, connected }), effects: [] };
}

function withParticipant(state: GameState, p: Participant): GameState {
  return { ...state, participants: { ...state.participants, [p.id]: p } };
}

function ready(state: GameState, id: string, roundIndex: number): Outcome {
  if (state.phase === 'finished') return 'game/finished';
  const p = seat(state, id);
  if (typeof p === 'string') return p;
  const round = state.round;
  if (!round) return 'phase/invalid';
  if (roundIndex !== round.index) return 'round/wrong-round';
  if (!rosterOf(state, round).includes(id)) return 'round/not-participant'; // J-6
  // readiness is collected while preparing, and still noted once scheduled (the host sees it).
  if (state.phase !== 'preparing' && state.phase !== 'scheduled') return 'phase/invalid';
  if (round.ready.includes(id)) return { state, effects: [] }; // idempotent: a retry after reconnect
  return { state: { ...state, round: { ...round, ready: [...round.ready, id] } }, effects: [] };
}

function answer(state: GameState, event: Extract<GameEvent, { type: 'answer' }>): Outcome {
  if (state.phase === 'finished') return 'game/finished';
  const { participantId: id, choice, reactionMs, rttMs, at } = event;
  if (!Number.isFinite(reactionMs) || !Number.isFinite(rttMs)) return 'request/invalid';
  if (!state.settings.emotions.includes(choice)) return 'request/invalid';
  const p = seat(state, id);
  if (typeof p === 'string') return p;
  const round = state.round;
  if (!round) return 'round/not-open';
  if (event.round !== round.index) return 'round/wrong-round';
  if (!rosterOf(state, round).includes(id)) return 'round/not-participant'; // J-6
  if (round.answers[id]) return 'round/already-answered';
  if (state.phase === 'preparing' || state.phase === 'scheduled') return 'round/not-open';
  if (state.phase !== 'answering') return 'round/closed';
  if (state.paused) return 'phase/invalid'; // H-4
  invariant(round.showAt !== null, 'answering without showAt');
  if (at < round.showAt) return 'round/not-open';
  if (round.deadline !== null && at > round.deadline + ANSWER_GRACE_MS) return 'round/closed';

  const checked = checkReaction(reactionMs, at - round.showAt - round.pausedMs, rttMs);
  const correct = choice === round.plan.emotion;
  const accepted: Answer = {
    participantId: id,
    choice,
    correct,
    reactionMs: checked.reactionMs,
    claimedReactionMs: reactionMs,
    flagged: checked.flagged,
    receivedAt: at,
    // V-8: a pre-test answer earns nothing (its correctness is still recorded for the statistics).
    points:
      state.settings.scoring && correct && round.plan.block !== 'pre'
        ? pointsFor(checked.reactionMs, state.settings.timeLimitMs, p.streak)
        : 0,
  };
  return {
    state: { ...state, round: { ...round, answers: { ...round.answers, [id]: accepted } } },
    effects: [{ type: 'persist-answer', round: round.index, answer: accepted }],
  };
}

/**
 * Bound a device's reaction-time claim by what the receipt time allows (SPEC A-7).
 * `elapsedMs` is server receipt time minus `showAt` (minus paused time). The press happened one uplink
 * delay before receipt, and that delay lies within [0, rtt]: so the reaction lies within
 * [elapsed − rtt − tolerance, elapsed + tolerance]. An impossible claim is clamped into it and flagged.
 */
export function checkReaction(
  claimedMs: number,
  elapsedMs: number,
  rttMs: number,
): { reactionMs: number; flagged: boolean } {
  const rtt = Math.min(Math.max(rttMs, 0), MAX_TRUSTED_RTT_MS);
  const max = Math.max(0, elapsedMs + REACTION_TOLERANCE_MS);
  const min = Math.max(0, elapsedMs - rtt - REACTION_TOLERANCE_MS);
  if (claimedMs < min) return { reactionMs: min, flagged: true };
  if (claimedMs > max) return { reactionMs: max, flagged: true };
  return { reactionMs: claimedMs, flagged: false };
}

/**
 * Points for a correct answer (SPEC S-2, S-3): `round(1000 − 500 × min(1, reaction / reference))` plus
 * 100 per earlier consecutive correct answer, at most 500. `streakBefore` is the streak before this answer,
 * so the first correct answer of a run earns no bonus (as Kahoot does).
 */
export function pointsFor(reactionMs: number, timeLimitMs: number | null, streakBefore: number): number {
  const reference = timeLimitMs ?? NO_LIMIT_REFERENCE_MS;
  const fraction = Math.min(1, Math.max(0, reactionMs) / reference);
  const speed = Math.round(MAX_POINTS - (MAX_POINTS - MIN_CORRECT_POINTS) * fraction);
  return speed + Math.min(STREAK_BONUS_CAP, STREAK_BONUS_STEP * Math.max(0, streakBefore));
}

// ---------------------------------------------------------------------------------------------------
// Host commands.

function host(state: GameState, command: HostCommand, at: number): Outcome {
  if (state.phase === 'finished') return 'game/finished';
  if ('round' in command) {
    // H-10: a command that acts on a round names it; one sent for a round the game has left is stale.
    if (typeof command.round !== 'number' || !Number.isInteger(command.round) || command.round < 0) {
      return 'request/invalid';
    }
    if (state.phase === 'lobby') return 'phase/invalid';
    if (command.round !== currentRound(state).index) return 'host/stale-command';
  }
  switch (command.kind) {
    case 'start':
      if (state.phase !== 'lobby') return 'phase/invalid';
      if (!state.order.some((id) => isSeated(state.participants[id]))) return 'host/no-participants';
      return prepare(state, 0, at);
    case 'pause':
      return pause(state, at);
    case 'resume':
      return resume(state, at);
    case 'skip':
      if (!isOpenPhase(state.phase)) return 'phase/invalid';
      return close(state, at, true);
    case 'close':
      // H-6: a round already closed (by its deadline or autoAdvance) stays on its reveal.
      if (state.phase === 'reveal' || state.phase === 'discussion') return 'round/closed';
      if (state.phase !== 'answering') return 'phase/invalid';
      return close(state, at, false);
    case 'next':
      if (state.phase === 'reveal' || state.phase === 'discussion') {
        const nextIndex = currentRound(state).index + 1;
        return nextIndex < state.plan.length ? prepare(state, nextIndex, at) : finish(state);
      }
      return 'phase/invalid';
    case 'discuss':
      if (state.phase !== 'reveal') return 'phase/invalid';
      return { state: { ...state, phase: 'discussion' }, effects: [] };
    case 'end':
      return finish(state);
    case 'kick':
      return kick(state, command.participantId);
    case 'lock':
      if (typeof command.locked !== 'boolean') return 'request/invalid';
      return { state: { ...state, locked: command.locked }, effects: [{ type: 'persist-game' }] };
    default: {
      const never: never = command;
      void never;
      return 'request/invalid';
    }
  }
}

function kick(state: GameState, id: string): Outcome {
  const p = state.participants[id];
  if (!isSeated(p)) return 'host/unknown-participant';
  return {
    state: withParticipant(state, { ...p, kicked: true, connected: false }),
    effects: [{ type: 'participant-kicked', participantId: id }, { type: 'persist-game' }],
  };
}

/** H-3/H-4: pausing cancels the schedule while preparing or scheduled, and freezes the answer time. */
function pause(state: GameState, at: number): Outcome {
  if (state.paused) return 'phase/invalid';
  const round = state.round;
  if (!round || !isOpenPhase(state.phase)) return 'phase/invalid';
  if (state.phase === 'answering') {
    const remainingMs = round.deadline === null ? null : Math.max(0, round.deadline - at);
    return {
      state: { ...state, paused: { since: at, remainingMs } },
      effects: [{ type: 'clear-timers' }, { type: 'persist-game' }],
    };
  }
  return {
    state: {
      ...state,
      phase: 'preparing',
      paused: { since: at, remainingMs: null },
      round: { ...round, showAt: null, deadline: null },
    },
    effects: [{ type: 'clear-timers' }, { type: 'persist-game' }],
  };
}

function resume(state: GameState, at: number): Outcome {
  const paused = state.paused;
  if (!paused) return 'phase/invalid';
  const round = currentRound(state);
  const unpaused: GameState = { ...state, paused: null };
  if (state.phase === 'preparing') {
    // H-3: the same round is prepared again; readiness already reported still counts (devices keep
    // their decoded images), so `settle` may schedule at once.
    const again: GameState = { ...unpaused, round: { ...round, preparedAt: at } };
    return {
      state: again,
      effects: [
        ...armTimers(again),
        { type: 'round-prepared', round: round.index },
        { type: 'persist-game' },
      ],
    };
  }
  invariant(state.phase === 'answering', `paused in phase ${state.phase}`);
  // H-4: the answer window re-opens with the time that was left.
  const deadline = paused.remainingMs === null ? null : at + paused.remainingMs;
  const resumed: RoundState = {
    ...round,
    deadline,
    pausedMs: round.pausedMs + Math.max(0, at - paused.since),
  };
  const answering: GameState = { ...unpaused, round: resumed };
  return { state: answering, effects: [...armTimers(answering), { type: 'persist-game' }] };
}

// ---------------------------------------------------------------------------------------------------
// Timers and the room's lead.

/** The timer each phase waits on (SPEC R-3, P-4, T-4); other phases wait on none. */
const PHASE_TIMER: Partial<Record<Phase, TimerKind>> = {
  preparing: 'ready-timeout',
  scheduled: 'show',
  answering: 'deadline',
};

/**
 * Due time of timer `kind` for `round` (SPEC T-3): ready-timeout `preparedAt + READY_TIMEOUT_MS`, show
 * `showAt`, deadline `deadline + ANSWER_GRACE_MS`; null while the round has no such time.
 */
function dueTime(kind: TimerKind, round: RoundState): number | null {
  switch (kind) {
    case 'ready-timeout':
      return round.preparedAt + READY_TIMEOUT_MS;
    case 'show':
      return round.showAt;
    case 'deadline':
      // T-4: after the grace, so answers inside the grace still get in.
      return round.deadline === null ? null : round.deadline + ANSWER_GRACE_MS;
  }
}

/** A timer the state waits on, with its round and due time. */
export interface PendingTimer {
  timer: TimerKind;
  round: number;
  at: number;
}

/**
 * The timers `state` waits on (at most one), with their due times: what the room arms again after a
 * restart, and what the engine's own `set-timer` effects carry (SPEC T-3). None while paused (a pause
 * clears every timer) or without a round.
 */
export function pendingTimers(state: GameState): PendingTimer[] {
  const round = state.round;
  const timer = PHASE_TIMER[state.phase];
  if (!round || state.paused || !timer) return [];
  const at = dueTime(timer, round);
  return at === null ? [] : [{ timer, round: round.index, at }];
}

/** The `set-timer` effects for the timers `state` waits on. */
function armTimers(state: GameState): Effect[] {
  return pendingTimers(state).map((t) => ({ type: 'set-timer', ...t }));
}

function timer(state: GameState, kind: string, roundIndex: number, at: number): Outcome {
  if (state.phase === 'finished') return 'game/finished';
  const round = state.round;
  if (!round) return 'phase/invalid';
  if (roundIndex !== round.index) return 'round/wrong-round'; // T-2
  if (state.paused) return 'phase/invalid'; // T-2: a pause cleared every timer
  if (kind !== 'ready-timeout' && kind !== 'show' && kind !== 'deadline') return 'request/invalid';
  // T-2/T-3: only the timer this phase waits on, and not before it is due.
  const pending = pendingTimers(state).find((t) => t.timer === kind);
  if (!pending || at < pending.at - TIMER_SLACK_MS) return 'phase/invalid';
  switch (kind) {
    case 'ready-timeout':
      return schedule(state, at);
    case 'show': {
      const answering: GameState = { ...state, phase: 'answering' }; // P-4
      return { state: answering, effects: armTimers(answering) };
    }
    case 'deadline':
      return close(state, at, false);
  }
}

function lead(state: GameState, leadMs: number): Outcome {
  if (state.phase === 'finished') return 'game/finished';
  if (typeof leadMs !== 'number' || !Number.isFinite(leadMs)) return 'request/invalid';
  const clamped = Math.round(Math.min(MAX_LEAD_MS, Math.max(MIN_LEAD_MS, leadMs)));
  return { state: { ...state, leadMs: clamped }, effects: [] };
}

// ---------------------------------------------------------------------------------------------------
// Round life.

/** P-3/R-1: send the stimulus ids of round `index` and collect readiness. */
function prepare(state: GameState, index: number, at: number): Outcome {
  const plan = state.plan[index];
  invariant(plan !== undefined, `no plan for round ${index}`);
  const round: RoundState = {
    index,
    plan,
    ready: [],
    preparedAt: at,
    showAt: null,
    deadline: null,
    answers: {},
    skipped: false,
    roster: state.order.filter((id) => isSeated(state.participants[id])),
    pausedMs: 0,
  };
  const preparing: GameState = { ...state, phase: 'preparing', paused: null, round };
  return { state: preparing, effects: [...armTimers(preparing), { type: 'round-prepared', round: index }] };
}

/** the flash is set `leadMs` ahead on the server clock; the deadline follows from it. */
function schedule(state: GameState, at: number): Next {
  const round = currentRound(state);
  const showAt = at + state.leadMs;
  const limit = state.settings.timeLimitMs;
  const deadline = limit === null ? null : showAt + round.plan.exposureMs + limit;
  const scheduled: GameState = { ...state, phase: 'scheduled', round: { ...round, showAt, deadline } };
  return {
    state: scheduled,
    effects: [
      { type: 'clear-timers' },
      ...armTimers(scheduled),
      { type: 'round-scheduled', round: round.index, showAt },
    ],
  };
}

/**
 * P-5: close the current round and reveal it. Unless skipped (H-5), answers update the seats (S-1..S-5):
 * scores, streaks and counts change only here, so nothing a participant sees before the reveal hints
 * at correctness (V-2).
 */
function close(state: GameState, _at: number, skipped: boolean): Next {
  const round = currentRound(state);
  const closed: RoundState = { ...round, skipped: round.skipped || skipped };
  let participants = state.participants;
  // V-8: a pre-test round leaves every seat as it was: a changed score, streak or count would tell the
  // participant whether they were right, and the pre-test gives no feedback.
  if (!closed.skipped && closed.plan.block !== 'pre') {
    participants = { ...participants };
    for (const id of rosterOf(state, round)) {
      const p = participants[id];
      if (!isSeated(p)) continue;
      const a = round.answers[id];
      participants[id] = a
        ? {
            ...p,
            score: p.score + a.points,
            streak: a.correct ? p.streak + 1 : 0,
            correct: p.correct + (a.correct ? 1 : 0),
            answered: p.answered + 1,
          }
        : { ...p, streak: 0 }; // S-4: a missed round breaks the streak
    }
  }
  return {
    state: {
      ...state,
      phase: 'reveal',
      paused: null,
      participants,
      round: closed,
      history: [...state.history, closed],
    },
    effects: [{ type: 'clear-timers' }, { type: 'persist-round', round: closed }],
  };
}

/** H-7: end the game from any phase; a running round closes as skipped (its answers not counted). */
function finish(state: GameState): Next {
  if (isOpenPhase(state.phase)) {
    const closed = close(state, state.now, true);
    return { state: { ...closed.state, phase: 'finished' }, effects: closed.effects };
  }
  return { state: { ...state, phase: 'finished', paused: null }, effects: [{ type: 'clear-timers' }] };
}

/**
 * after every accepted event, move on by itself when nobody is left to wait for: schedule once
 * every connected roster member is ready; with autoAdvance, reveal once every one of them has answered.
 * Nothing moves while paused, and an empty set of connected participants never counts as "everyone".
 */
function settle(next: Next, at: number): Next {
  const { state } = next;
  if (state.paused || !state.round) return next;
  const round = state.round;
  const active = activeRoster(state, round);
  if (active.length === 0) return next;
  if (state.phase === 'preparing' && active.every((id) => round.ready.includes(id))) {
    const scheduled = schedule(state, at);
    return { state: scheduled.state, effects: [...next.effects, ...scheduled.effects] };
  }
  if (state.phase === 'answering' && state.settings.autoAdvance && active.every((id) => round.answers[id])) {
    const closed = close(state, at, false);
    return { state: closed.state, effects: [...next.effects, ...closed.effects] };
  }
  return next;
}

/** Count of answers per emotion, all seven keys present. */
export function distributionOf(answers: Record<string, Answer>): Record<Emotion, number> {
  const counts = Object.fromEntries(EMOTIONS.map((e) => [e, 0])) as Record<Emotion, number>;
  for (const a of Object.values(answers)) counts[a.choice] += 1;
  return counts;
}
