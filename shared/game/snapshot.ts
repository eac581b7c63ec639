/**
 * The stored form of a game (`games.state`): a versioned snapshot of `GameState`, so a restart can resume
 * a game written by an older build. `serializeState` writes the current version; `migrateSnapshot` reads
 * any version (checking its shape) and brings it up to date, so the core types carry no "absent in old
 * data" optionals.
 *
 * Versions:
 * - 0: the bare `GameState` (no envelope), before the fields below existed or were always set:
 *   `settings.course` (absent = no course), `round.roster` (absent = every seated participant),
 *   `round.pausedMs` (absent = 0).
 * - 1: `{ snapshotVersion: 1, state }` with every field present.
 */
import { z } from 'zod';
import { EMOTIONS } from '../emotions';
import { PHASES } from './phases';
import { MODES, ROUND_BLOCKS, type GameSettings, type GameState } from './types';

/** Version `serializeState` writes. */
export const SNAPSHOT_VERSION = 1;

/** The stored envelope. */
export interface GameSnapshot {
  snapshotVersion: typeof SNAPSHOT_VERSION;
  state: GameState;
}

/** A snapshot that cannot be read: the message says which field is wrong. */
export class SnapshotError extends Error {
  constructor(message: string) {
    super(`glimpse snapshot: ${message}`);
    this.name = 'SnapshotError';
  }
}

const emotion = z.enum(EMOTIONS);
const time = z.number().finite();
const count = z.number().int().min(0);

const settingsV0 = z.object({
  deckId: z.string(),
  emotions: z.array(emotion).min(2),
  rounds: z.number().int().min(1),
  exposureMs: time,
  timeLimitMs: time.nullable(),
  mode: z.enum(MODES),
  scoring: z.boolean(),
  autoAdvance: z.boolean(),
  course: z.boolean().optional(),
});

const plannedRound = z.object({
  maskId: z.string(),
  apexId: z.string(),
  emotion,
  identityId: z.string(),
  exposureMs: time,
  block: z.enum(ROUND_BLOCKS).optional(),
});

const participant = z.object({
  id: z.string(),
  name: z.string(),
  connected: z.boolean(),
  kicked: z.boolean(),
  score: z.number(),
  streak: count,
  correct: count,
  answered: count,
  joinedAt: time,
});

const answer = z.object({
  participantId: z.string(),
  choice: emotion,
  correct: z.boolean(),
  reactionMs: time,
  claimedReactionMs: time,
  flagged: z.boolean(),
  receivedAt: time,
  points: z.number(),
});

const roundV0 = z.object({
  index: count,
  plan: plannedRound,
  ready: z.array(z.string()),
  preparedAt: time,
  showAt: time.nullable(),
  deadline: time.nullable(),
  answers: z.record(z.string(), answer),
  skipped: z.boolean(),
  roster: z.array(z.string()).optional(),
  pausedMs: time.optional(),
});

const stateV0 = z.object({
  phase: z.enum(PHASES),
  version: z.number().int().min(1),
  code: z.string(),
  settings: settingsV0,
  plan: z.array(plannedRound),
  participants: z.record(z.string(), participant),
  order: z.array(z.string()),
  locked: z.boolean(),
  paused: z.object({ since: time, remainingMs: time.nullable() }).nullable(),
  round: roundV0.nullable(),
  history: z.array(roundV0),
  leadMs: time,
  createdAt: time,
  now: time,
});

type StateV0 = z.infer<typeof stateV0>;
type RoundV0 = z.infer<typeof roundV0>;

/** The snapshot to store for `state` (a deep copy: the live state is never shared with the store). */
export function serializeState(state: GameState): GameSnapshot {
  return { snapshotVersion: SNAPSHOT_VERSION, state: structuredClone(state) };
}

/** Settings as stored by any version, with defaults for fields added since (`course`: off). */
export function migrateSettings(stored: unknown): GameSettings {
  return withSettingsDefaults(parse(settingsV0, stored, 'settings'));
}

/**
 * Reads a stored snapshot of any version into the current `GameState`. Throws `SnapshotError` naming the
 * first wrong field when `stored` is not a game snapshot (or comes from a newer build).
 */
export function migrateSnapshot(stored: unknown): GameState {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    throw new SnapshotError(`expected an object, got ${stored === null ? 'null' : typeof stored}`);
  }
  const version = (stored as { snapshotVersion?: unknown }).snapshotVersion;
  if (version === undefined) return upgrade(parse(stateV0, stored, 'state')); // version 0: a bare state
  if (version === SNAPSHOT_VERSION) {
    const state = parse(stateV0, (stored as { state?: unknown }).state, 'state');
    const missing = requiredSinceV1(state);
    if (missing) throw new SnapshotError(`version 1 snapshot without ${missing}`);
    return upgrade(state);
  }
  throw new SnapshotError(`unknown snapshot version ${JSON.stringify(version)} (this build reads 0 to 1)`);
}

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [what, ...(issue?.path ?? [])].join('.');
  throw new SnapshotError(`${path}: ${issue?.message ?? 'invalid'}`);
}

/** The first field that version 1 always writes but the snapshot lacks, or null. */
function requiredSinceV1(state: StateV0): string | null {
  if (state.settings.course === undefined) return 'settings.course';
  for (const round of [...(state.round ? [state.round] : []), ...state.history]) {
    if (round.roster === undefined) return `roster of round ${round.index}`;
    if (round.pausedMs === undefined) return `pausedMs of round ${round.index}`;
  }
  return null;
}

function withSettingsDefaults(settings: StateV0['settings']): GameSettings {
  return { ...settings, course: settings.course ?? false };
}

/** Fills what version 0 may lack with what the engine assumed when it was absent. */
function upgrade(state: StateV0): GameState {
  // A round stored without a roster admitted every seated participant.
  const seated = state.order.filter((id) => {
    const p = state.participants[id];
    return p !== undefined && !p.kicked;
  });
  const round = (r: RoundV0) => ({ ...r, roster: r.roster ?? seated, pausedMs: r.pausedMs ?? 0 });
  return {
    ...state,
    settings: withSettingsDefaults(state.settings),
    round: state.round ? round(state.round) : null,
    history: state.history.map(round),
  };
}
