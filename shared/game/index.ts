/**
 * Public API of the round engine: the reducer, its constants, and the per-viewer projection.
 * Rules are in `SPEC.md`.
 */
export * from './types';
export {
  ALLOWED_TRANSITIONS,
  ANSWER_GRACE_MS,
  DEFAULT_LEAD_MS,
  MAX_LEAD_MS,
  MAX_POINTS,
  MAX_TRUSTED_RTT_MS,
  MIN_CORRECT_POINTS,
  MIN_LEAD_MS,
  NO_LIMIT_REFERENCE_MS,
  REACTION_TOLERANCE_MS,
  READY_TIMEOUT_MS,
  STREAK_BONUS_CAP,
  STREAK_BONUS_STEP,
  TIMER_SLACK_MS,
  activeRoster,
  checkReaction,
  distributionOf,
  initialState,
  isSeated,
  nameKey,
  pendingTimers,
  pointsFor,
  rosterOf,
  step,
  type CreateEvent,
  type PendingTimer,
} from './engine';
export {
  SNAPSHOT_VERSION,
  SnapshotError,
  migrateSettings,
  migrateSnapshot,
  serializeState,
  type GameSnapshot,
} from './snapshot';
export { LEADERBOARD_SIZE, PODIUM_SIZE, hostView, participantView, presenterView, viewFor } from './view';
export {
  HOST_ACTIONS,
  hostActions,
  hostCommand,
  hostCommandPayload,
  type HostAction,
  type HostActionBlock,
  type HostActionPayload,
  type HostActionState,
  type HostActionView,
} from './host-actions';
export { BLOCK_LABELS, blockPosition, courseBlock } from './course';
