/**
 * Typed REST helpers (contract: shared/protocol/http.ts) and the localStorage keys that keep a
 * device's seat. Every helper resolves with a `Result`; none throws.
 */
import type { CreatedGame, DeckInfo, GameSummary, JoinedGame } from '$shared/protocol/http';
// Relative (not $shared) so the unit tests can import this module without the SvelteKit aliases.
import { isErrorCode, type Result } from '../../../shared/protocol/errors';
import type { GameSettingsInput } from '$shared/protocol/schemas';

const TIMEOUT_MS = 10_000;

async function request<T>(path: string, init?: { method: 'POST'; body: unknown }): Promise<Result<T>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(path, {
      method: init?.method ?? 'GET',
      headers: init ? { 'content-type': 'application/json' } : {},
      body: init ? JSON.stringify(init.body) : null,
      signal: controller.signal,
    });
    const body: unknown = await response.json().catch(() => null);
    if (body && typeof body === 'object' && 'ok' in body) {
      const result = body as Result<T>;
      if (result.ok || isErrorCode(result.error?.code)) return result;
    }
    return { ok: false, error: { code: response.status === 404 ? 'game/not-found' : 'internal/error' } };
  } catch {
    return { ok: false, error: { code: 'network/timeout' } };
  } finally {
    clearTimeout(timer);
  }
}

const enc = encodeURIComponent;

/** POST /api/games: create a game; keep the returned `hostToken` with `saveHost`. */
export function createGame(settings: GameSettingsInput): Promise<Result<CreatedGame>> {
  return request('/api/games', { method: 'POST', body: { settings } });
}

/** GET /api/games/:code: whether a code exists and can be joined. */
export function getGame(code: string): Promise<Result<GameSummary>> {
  return request(`/api/games/${enc(code)}`);
}

/** POST /api/games/:code/join: take a seat; keep the answer with `savePlayer`. */
export function joinGame(code: string, name: string): Promise<Result<JoinedGame>> {
  return request(`/api/games/${enc(code)}/join`, { method: 'POST', body: { name } });
}

/** GET /api/decks: the decks on offer. */
export function getDecks(): Promise<Result<DeckInfo[]>> {
  return request('/api/decks');
}

/** GET /api/names/suggest: a friendly nickname. */
export function suggestName(): Promise<Result<{ name: string }>> {
  return request('/api/names/suggest');
}

// ---- tokens in localStorage (the URL plan's keys) ----

/** localStorage key of a participant's seat in game `code`. */
export const playerKey = (code: string) => `glimpse:player:${code}`;
/** localStorage key of the host token of game `code`. */
export const hostKey = (code: string) => `glimpse:host:${code}`;

function readJson(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private mode or a full quota: the seat just will not survive a reload.
  }
}

/** Remember a participant's seat (`{ token, participantId, name }`). */
export function savePlayer(code: string, seat: JoinedGame): void {
  write(
    playerKey(code),
    JSON.stringify({ token: seat.token, participantId: seat.participantId, name: seat.name }),
  );
}

/** The participant's saved seat for `code`, or null. */
export function loadPlayer(code: string): JoinedGame | null {
  const value = readJson(playerKey(code));
  if (!value || typeof value !== 'object') return null;
  const { token, participantId, name } = value as Record<string, unknown>;
  if (typeof token !== 'string' || typeof participantId !== 'string' || typeof name !== 'string') return null;
  return { token, participantId, name };
}

/** Forget the participant's seat (kicked, or the game is over). */
export function clearPlayer(code: string): void {
  write(playerKey(code), null);
}

/** Remember the host token of `code`. Stored as the bare token string. */
export function saveHost(code: string, hostToken: string): void {
  write(hostKey(code), hostToken);
}

/** The host token of `code`, or null. */
export function loadHost(code: string): string | null {
  try {
    return localStorage.getItem(hostKey(code));
  } catch {
    return null;
  }
}

/** Forget the host token of `code`. */
export function clearHost(code: string): void {
  write(hostKey(code), null);
}
