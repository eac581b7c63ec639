/**
 * The dashboard's REST calls (contract: shared/stats/report.ts) and the localStorage it reads: host
 * tokens (`glimpse:host:<code>`, written by the host page) and class labels (`glimpse:class:<code>`).
 * The host token travels in a header, never in a URL.
 */
import type { GameReport, HistoryEntry, ReplaySpec, RetentionInfo } from '$shared/stats/report';
import { isErrorCode, type ErrorCode, type Result } from '$shared/protocol/errors';
import { isGameCode } from '$shared/protocol/game-code';
import { hostKey, loadHost, saveHost } from '$lib/client/api';

async function call<T>(
  path: string,
  init: RequestInit = {},
  token: string | null = null,
): Promise<Result<T>> {
  try {
    const headers: Record<string, string> = {};
    if (init.body) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(path, { ...init, headers });
    const body = (await response.json().catch(() => null)) as Result<T> | null;
    if (body && typeof body === 'object' && 'ok' in body && (body.ok || isErrorCode(body.error?.code)))
      return body;
    return { ok: false, error: { code: 'internal/error' } };
  } catch {
    return { ok: false, error: { code: 'internal/error' } };
  }
}

/** GET /api/reports/:code. */
export const getReport = (code: string, token: string) => call<GameReport>(`/api/reports/${code}`, {}, token);

/** GET /api/reports/:code/replay/:round. */
export const getReplay = (code: string, token: string, round: number) =>
  call<ReplaySpec>(`/api/reports/${code}/replay/${round}`, {}, token);

/** DELETE /api/reports/:code. */
export const deleteGame = (code: string, token: string) =>
  call<{ deleted: true }>(`/api/reports/${code}`, { method: 'DELETE' }, token);

/** GET /api/settings/retention. */
export const getRetention = () => call<RetentionInfo>('/api/settings/retention');

/** POST /api/history with every host token this browser holds. */
export const getHistory = () =>
  call<HistoryEntry[]>('/api/history', { method: 'POST', body: JSON.stringify({ games: heldHostTokens() }) });

/** Downloads the CSV export (fetched with the header, saved through a blob link). */
export async function downloadCsv(
  code: string,
  token: string,
  withMissed = false,
): Promise<ErrorCode | null> {
  try {
    const response = await fetch(`/api/reports/${code}/answers.csv${withMissed ? '?missed=1' : ''}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) return 'auth/forbidden';
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = `glimpse-${code}-answers.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return null;
  } catch {
    return 'internal/error';
  }
}

/** Every `{ code, token }` pair of games this browser hosted. */
export function heldHostTokens(): { code: string; token: string }[] {
  const out: { code: string; token: string }[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? '';
      const code = key.startsWith(hostKey('')) ? key.slice(hostKey('').length) : '';
      const token = isGameCode(code) ? localStorage.getItem(key) : null;
      if (token) out.push({ code, token });
    }
  } catch {
    // localStorage unavailable: no history.
  }
  return out.slice(0, 200);
}

/** The host token this browser holds for `code`. */
export function tokenFor(code: string): string | null {
  adoptTokenFromFragment(code);
  return loadHost(code);
}

/**
 * A report link may carry the host token in its fragment (`/report/123456#token=…`, printed by the
 * bots CLI): fragments never reach the server or its logs. Keep the token like the host page would,
 * then drop it from the address bar so it is not bookmarked or shared by accident.
 */
function adoptTokenFromFragment(code: string): void {
  const match = /^#token=([A-Za-z0-9_-]{16,128})$/.exec(location.hash);
  if (!match?.[1]) return;
  saveHost(code, match[1]);
  history.replaceState(history.state, '', location.pathname + location.search);
}
const classKey = (code: string) => `glimpse:class:${code}`;

/** The class label the host gave a game on this browser ('' when none). */
export function classLabel(code: string): string {
  try {
    return localStorage.getItem(classKey(code)) ?? '';
  } catch {
    return '';
  }
}

/** Sets (or clears, with '') a game's class label on this browser. */
export function setClassLabel(code: string, label: string): void {
  try {
    const clean = label.trim().slice(0, 40);
    if (clean) localStorage.setItem(classKey(code), clean);
    else localStorage.removeItem(classKey(code));
  } catch {
    // Not stored: the grouping just does not survive a reload.
  }
}

/** Forget everything this browser keeps about a deleted game. */
export function forgetGame(code: string): void {
  try {
    localStorage.removeItem(hostKey(code));
    localStorage.removeItem(classKey(code));
  } catch {
    // nothing to do
  }
}
