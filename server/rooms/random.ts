/**
 * Server-side randomness (crypto). Injected so tests can make codes and ids predictable.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';

/** A source of randomness. */
export interface RandomSource {
  /** Uniform integer in [0, max). */
  int(max: number): number;
  /** An unguessable opaque id (base64url of `bytes` random bytes). */
  id(bytes?: number): string;
}

/** Cryptographic randomness. */
export const cryptoRandom: RandomSource = {
  int: (max) => randomInt(0, max),
  id: (bytes = 18) => randomBytes(bytes).toString('base64url'),
};

/** Tokens are stored only as this hash (sha256, hex): a leaked database holds no usable credential. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
