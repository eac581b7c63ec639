/**
 * Every REST response is a `Result` (shared/protocol/http.ts); failures carry a namespaced code and
 * a fitting HTTP status, never a stack trace.
 */
import type { ErrorRequestHandler, Response } from 'express';
import type { ErrorCode } from '../../shared/protocol';
import type { Logger } from '../rooms/ports';

/** HTTP status for each error code a route can answer with. */
export const HTTP_STATUS: Partial<Record<ErrorCode, number>> & { default: number } = {
  'request/invalid': 400,
  'request/rate-limited': 429,
  'auth/invalid-token': 401,
  'auth/forbidden': 403,
  'game/not-found': 404,
  'game/finished': 409,
  'lobby/locked': 409,
  'lobby/name-taken': 409,
  'lobby/name-filtered': 422,
  'lobby/full': 409,
  'lobby/kicked': 403,
  'internal/error': 500,
  default: 409,
};

/** Sends `{ ok: true, data }`. */
export function sendOk<T>(res: Response, data: T, status = 200): void {
  res.status(status).json({ ok: true, data });
}

/** Sends `{ ok: false, error: { code } }` with the code's status (or `status`). */
export function sendError(res: Response, code: ErrorCode, status?: number): void {
  res.status(status ?? HTTP_STATUS[code] ?? HTTP_STATUS.default).json({ ok: false, error: { code } });
}

/** Last error handler: body-parser failures become request/invalid, anything else internal/error. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const e = error as { type?: string; status?: number };
    if (res.headersSent) return;
    if (e?.type === 'entity.too.large') return sendError(res, 'request/invalid', 413);
    if (
      e?.type === 'entity.parse.failed' ||
      (typeof e?.status === 'number' && e.status >= 400 && e.status < 500)
    ) {
      return sendError(res, 'request/invalid', typeof e.status === 'number' ? e.status : 400);
    }
    logger.error('request failed', { error: error instanceof Error ? error.stack : String(error) });
    sendError(res, 'internal/error');
  };
}
