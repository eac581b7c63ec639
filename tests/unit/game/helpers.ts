/** Builders and scenario helpers for the engine tests. Every input is deep-frozen to prove G-1. */
import { expect } from 'vitest';
import { EMOTIONS, type Emotion } from '../../../shared/emotions';
import type { ErrorCode } from '../../../shared/protocol/errors';
import { courseBlock } from '../../../shared/game/course';
import { step, type CreateEvent } from '../../../shared/game/engine';
import type {
  Effect,
  GameEvent,
  GameSettings,
  GameState,
  HostCommand,
  PlannedRound,
  TimerKind,
} from '../../../shared/game/types';

/** A host command whose round may be left out: the scenario fills in the current round (SPEC H-10). */
export type HostInput = HostCommand extends infer C
  ? C extends { round: number }
    ? Omit<C, 'round'> & { round?: number }
    : C
  : never;

/** An event without its time (the scenario adds `at`); distributes over the union. */
export type EventInput =
  | (GameEvent extends infer E
      ? E extends GameEvent
        ? E extends { type: 'host' }
          ? never
          : Omit<E, 'at'>
        : never
      : never)
  | { type: 'host'; command: HostInput };

/** The command with its round filled in from the state when left out (the host's screen is current). */
export function withRound(state: GameState | null, command: HostInput): HostCommand {
  if (
    command.kind === 'start' ||
    command.kind === 'end' ||
    command.kind === 'kick' ||
    command.kind === 'lock'
  )
    return command;
  return { ...command, round: command.round ?? state?.round?.index ?? 0 };
}

/** Recursively freeze a value so any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** The project's seeded PRNG, re-exported for the engine and clock tests. */
export { mulberry32 as prng } from '../../../shared/random';

/** Default settings: 3 rounds, 5 s limit, competition with scoring, no autoAdvance. */
export function settings(overrides: Partial<GameSettings> = {}): GameSettings {
  return {
    deckId: 'test',
    emotions: ['happiness', 'sadness', 'fear', 'anger'],
    rounds: 3,
    exposureMs: 100,
    timeLimitMs: 5_000,
    mode: 'competition',
    scoring: true,
    autoAdvance: false,
    course: false,
    ...overrides,
  };
}

/** A plan whose round i shows `emotions[i % n]` (or the given list); a course gets its blocks (V-8). */
export function plan(s: GameSettings, emotions?: Emotion[]): PlannedRound[] {
  return Array.from({ length: s.rounds }, (_, i) => ({
    maskId: `mask-${i}-x`,
    apexId: `apex-${i}-y`,
    emotion: emotions?.[i] ?? s.emotions[i % s.emotions.length]!,
    identityId: `ident-${i}`,
    exposureMs: s.exposureMs,
    ...(s.course ? { block: courseBlock(i, s.rounds) } : {}),
  }));
}

/** A wrong choice for a round's emotion, from the game's emotions. */
export function wrong(s: GameSettings, emotion: Emotion): Emotion {
  return s.emotions.find((e) => e !== emotion) ?? EMOTIONS[0];
}

/** The create event for the given settings. */
export function createEvent(s: GameSettings = settings(), at = 0, emotions?: Emotion[]): CreateEvent {
  return { type: 'create', at, code: '123456', settings: s, plan: plan(s, emotions) };
}

/** A step on deep-frozen inputs. */
export function frozenStep(state: GameState | null, event: GameEvent) {
  return step(deepFreeze(state), deepFreeze(event));
}

/**
 * A scripted game: `ok(...)` applies an event that must be accepted, `rejects(...)` one that must be
 * rejected with the given code (and checks nothing changed). Time advances by hand via `at`.
 */
export class Scenario {
  state: GameState;
  effects: Effect[] = [];
  at: number;

  constructor(s: GameSettings = settings(), emotions?: Emotion[]) {
    const r = frozenStep(null, createEvent(s, 0, emotions));
    if (!r.ok) throw new Error(r.error);
    this.state = r.state;
    this.at = 0;
  }

  get round() {
    const r = this.state.round;
    if (!r) throw new Error('no round');
    return r;
  }

  /** Advance the clock by `ms` (or to an absolute time with `to`). */
  tick(ms = 1): this {
    this.at += ms;
    return this;
  }

  to(at: number): this {
    this.at = at;
    return this;
  }

  /** The full event: time added, and a host command's round filled in. */
  private full(event: EventInput): GameEvent {
    const e = event.type === 'host' ? { ...event, command: withRound(this.state, event.command) } : event;
    return { ...e, at: this.at } as GameEvent;
  }

  ok(event: EventInput): this {
    const before = this.state.version;
    const r = frozenStep(this.state, this.full(event));
    if (!r.ok) throw new Error(`expected ${event.type} accepted, got ${r.error}`);
    expect(r.state.version).toBe(before + 1);
    this.state = r.state;
    this.effects = r.effects;
    return this;
  }

  rejects(event: EventInput, code: ErrorCode): this {
    const r = frozenStep(this.state, this.full(event));
    expect(r).toEqual({ ok: false, error: code });
    return this;
  }

  join(id: string, name = id): this {
    return this.ok({ type: 'join', participantId: id, name });
  }

  /** A host command; a round command without `round` names the current round. */
  host(command: HostInput): this {
    return this.ok({ type: 'host', command });
  }

  ready(id: string, round = this.round.index): this {
    return this.ok({ type: 'ready', participantId: id, round });
  }

  timer(timer: TimerKind, round = this.round.index): this {
    return this.ok({ type: 'timer', timer, round });
  }

  /** Answer `reactionMs` after showAt, received at that instant (rtt 0). */
  answer(id: string, choice: Emotion, reactionMs = 1_000, round = this.round.index): this {
    this.at = (this.round.showAt ?? this.at) + (this.round.pausedMs ?? 0) + reactionMs;
    return this.ok({ type: 'answer', participantId: id, round, choice, reactionMs, rttMs: 0 });
  }

  /** Everyone ready → scheduled → show timer fired: phase answering. */
  toAnswering(): this {
    if (this.state.phase === 'preparing') this.tick(READY_WAIT).timer('ready-timeout');
    this.to(this.round.showAt!).timer('show');
    return this;
  }

  get emotion(): Emotion {
    return this.round.plan.emotion;
  }
}

/** Long enough for the ready timeout to be due. */
export const READY_WAIT = 8_000;

/** A game with `ids` joined and started: phase preparing round 0. */
export function started(
  ids: string[] = ['a', 'b'],
  s: GameSettings = settings(),
  emotions?: Emotion[],
): Scenario {
  const g = new Scenario(s, emotions);
  for (const id of ids) g.tick().join(id);
  return g.tick().host({ kind: 'start' });
}

/** A 6-round course (pre, pre, training, training, post, post) with `ids` joined and started. */
export function startedCourse(ids: string[] = ['a', 'b'], s: GameSettings = courseSettings()): Scenario {
  return started(ids, s);
}

/** Course settings: 6 rounds over happiness and fear (round i shows emotions[i % 2]). */
export function courseSettings(overrides: Partial<GameSettings> = {}): GameSettings {
  return settings({ rounds: 6, course: true, emotions: ['happiness', 'fear'], ...overrides });
}
