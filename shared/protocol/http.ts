/**
 * REST contract (JSON). Every response body is a `Result<T>` (see `errors.ts`); failures also set a
 * fitting HTTP status. Bodies are validated with the schemas in `schemas.ts`.
 *
 * | method and path                    | body             | success data        |
 * | ---------------------------------- | ---------------- | ------------------- |
 * | POST /api/games                    | CreateGameBody   | CreatedGame         |
 * | GET  /api/games/:code              |                  | GameSummary         |
 * | POST /api/games/:code/join         | JoinBody         | JoinedGame          |
 * | GET  /api/decks                    |                  | DeckInfo[]          |
 * | GET  /api/names/suggest            |                  | { name }            |
 * | GET  /api/stimuli/:id              |                  | image/svg+xml       |
 * | GET  /healthz                      |                  | { ok: true }        |
 */
import type { Emotion } from '../emotions';
import type { Phase } from '../game/types';

/** Answer to POST /api/games. Keep `hostToken` secret: it is the host's identity. */
export interface CreatedGame {
  code: string;
  hostToken: string;
  /** Join link for participants, e.g. http://192.168.1.20:3000/join/123456 */
  joinUrl: string;
}

/** Answer to GET /api/games/:code (used by the join page before asking for a name). */
export interface GameSummary {
  code: string;
  phase: Phase;
  locked: boolean;
  /** False when locked, finished or full. */
  joinable: boolean;
  /** The join link as participants' devices reach it (LAN address or PUBLIC_URL), for presenter screens. */
  joinUrl: string;
}

/** Answer to POST /api/games/:code/join. The client keeps `token` (localStorage) to reconnect. */
export interface JoinedGame {
  participantId: string;
  token: string;
  name: string;
}

/** One deck on offer. */
export interface DeckInfo {
  id: string;
  title: string;
  description: string;
  emotions: Emotion[];
}
