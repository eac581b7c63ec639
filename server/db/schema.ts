/**
 * Drizzle schema (SQLite). Times are server-clock milliseconds since the epoch, with sub-millisecond
 * precision (REAL).
 * Only `server/db` touches the driver; everything else goes through the
 * `Store` port (`store.ts`). The dashboard reads these tables directly for history and reports.
 */
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** One game. `state` is the engine's full `GameState` as JSON so a restart can resume the game. */
export const games = sqliteTable(
  'games',
  {
    code: text('code').primaryKey(),
    /** `GameSettings` as JSON. */
    settings: text('settings', { mode: 'json' }).notNull(),
    /** sha256 (hex) of the host token; the token itself is never stored. */
    hostTokenHash: text('host_token_hash').notNull(),
    phase: text('phase').notNull(),
    createdAt: real('created_at').notNull(),
    finishedAt: real('finished_at'),
    /** Latest `GameState` snapshot (JSON), written in the same transaction as the answers it holds. */
    state: text('state', { mode: 'json' }).notNull(),
    updatedAt: real('updated_at').notNull(),
  },
  (t) => [index('games_created_at_idx').on(t.createdAt)],
);

/** A seat in a game. Score fields mirror the snapshot for easy querying. */
export const participants = sqliteTable(
  'participants',
  {
    gameCode: text('game_code')
      .notNull()
      .references(() => games.code, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    score: integer('score').notNull().default(0),
    streak: integer('streak').notNull().default(0),
    kicked: integer('kicked', { mode: 'boolean' }).notNull().default(false),
    joinedAt: real('joined_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.gameCode, t.id] }), uniqueIndex('participants_token_idx').on(t.tokenHash)],
);

/** One planned round, written at creation and updated as it is prepared, shown and closed. */
export const rounds = sqliteTable(
  'rounds',
  {
    gameCode: text('game_code')
      .notNull()
      .references(() => games.code, { onDelete: 'cascade' }),
    index: integer('index').notNull(),
    identityId: text('identity_id').notNull(),
    emotion: text('emotion').notNull(),
    exposureMs: integer('exposure_ms').notNull(),
    maskId: text('mask_id').notNull(),
    apexId: text('apex_id').notNull(),
    /** `StimulusSpec` from shared/face as JSON (what the images are rendered from). */
    stimulus: text('stimulus', { mode: 'json' }).notNull(),
    preparedAt: real('prepared_at'),
    showAt: real('show_at'),
    deadline: real('deadline'),
    skipped: integer('skipped', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.gameCode, t.index] }),
    uniqueIndex('rounds_mask_idx').on(t.maskId),
    uniqueIndex('rounds_apex_idx').on(t.apexId),
  ],
);

/** One accepted answer: at most one per participant per round. */
export const answers = sqliteTable(
  'answers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gameCode: text('game_code')
      .notNull()
      .references(() => games.code, { onDelete: 'cascade' }),
    round: integer('round').notNull(),
    participantId: text('participant_id').notNull(),
    choice: text('choice').notNull(),
    correct: integer('correct', { mode: 'boolean' }).notNull(),
    reactionMs: real('reaction_ms').notNull(),
    claimedReactionMs: real('claimed_reaction_ms').notNull(),
    flagged: integer('flagged', { mode: 'boolean' }).notNull(),
    receivedAt: real('received_at').notNull(),
    points: integer('points').notNull(),
  },
  (t) => [uniqueIndex('answers_once_idx').on(t.gameCode, t.round, t.participantId)],
);

/** A device's report of one flash (docs/flash-and-sync.md); the latest per device per round. */
export const timingReports = sqliteTable(
  'timing_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    gameCode: text('game_code')
      .notNull()
      .references(() => games.code, { onDelete: 'cascade' }),
    round: integer('round').notNull(),
    participantId: text('participant_id').notNull(),
    showAt: real('show_at').notNull(),
    offsetMs: real('offset_ms').notNull(),
    rttMs: real('rtt_ms').notNull(),
    shownAt: real('shown_at'),
    framesRequested: integer('frames_requested').notNull(),
    framesShown: integer('frames_shown').notNull(),
    refreshHz: real('refresh_hz').notNull(),
    missed: integer('missed', { mode: 'boolean' }).notNull(),
    missedReason: text('missed_reason'),
    receivedAt: real('received_at').notNull(),
  },
  (t) => [uniqueIndex('timing_once_idx').on(t.gameCode, t.round, t.participantId)],
);
