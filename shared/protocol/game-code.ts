/**
 * The shape of a game code: six digits (easy to read out and type on a phone). A leaf module with no
 * dependencies, so pages can check a code without loading the schemas.
 */

/** Number of digits in a game code. */
export const GAME_CODE_LENGTH = 6;

/** A whole string that is a game code. */
export const GAME_CODE_PATTERN = /^\d{6}$/;

/** True when `value` is a game code (six digits, nothing else). */
export function isGameCode(value: unknown): value is string {
  return typeof value === 'string' && GAME_CODE_PATTERN.test(value);
}
