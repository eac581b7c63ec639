/**
 * REST shapes of the dashboard's routes (server/http/reports.ts). Every body is a `Result<T>`.
 *
 * | method and path                       | auth                  | success data            |
 * | ------------------------------------- | --------------------- | ----------------------- |
 * | GET    /api/reports/:code             | host token header     | GameReport              |
 * | GET    /api/reports/:code/answers.csv | host token header     | text/csv (not a Result) |
 * | GET    /api/reports/:code/replay/:i   | host token header     | ReplaySpec (closed only)|
 * | DELETE /api/reports/:code             | host token header     | { deleted: true }       |
 * | POST   /api/history                   | tokens in the body    | HistoryEntry[]          |
 * | GET    /api/settings/retention        | none                  | RetentionInfo           |
 *
 * The host token travels in `Authorization: Bearer <token>` (or `X-Glimpse-Host-Token`), never in a
 * URL, so it does not end up in logs or browser history.
 */
import type { Emotion } from '../emotions';
import type { GameSettings, Phase } from '../game/types';
import type { ConfusionCounts } from './confusion';
import type { Headline, HostAnalytics } from './types';

/** How long games are kept. */
export interface RetentionInfo {
  /** Days after a game's last activity before it is deleted; null = kept until deleted by hand. */
  days: number | null;
}

/** Answer to GET /api/reports/:code. */
export interface GameReport {
  code: string;
  createdAt: number;
  finishedAt: number | null;
  phase: Phase;
  settings: GameSettings;
  analytics: HostAnalytics;
  /** When this game's data will be deleted by the retention setting, or null. */
  expiresAt: number | null;
}

/** One game in the history list. */
export interface HistoryEntry {
  code: string;
  createdAt: number;
  finishedAt: number | null;
  phase: Phase;
  deckId: string;
  mode: GameSettings['mode'];
  headline: Headline;
  /** Per-emotion accuracy counts, for progress charts. */
  perEmotion: { emotion: Emotion; k: number; n: number; hu: number | null }[];
  /** The game's confusion matrix: with `judgementsFromConfusion` it feeds `learningGain` across games. */
  confusion: ConfusionCounts;
}

/** Body of POST /api/history: the host tokens this browser holds. */
export interface HistoryRequest {
  games: { code: string; token: string }[];
}

/** Answer to GET /api/reports/:code/replay/:round: the stimulus spec of a closed round (shared/face `StimulusSpec`). */
export interface ReplaySpec {
  round: number;
  spec: unknown;
}
