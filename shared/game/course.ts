/**
 * Training course (product.md, "Training course"; METT structure: pre-test → training → post-test).
 * Which block each planned round belongs to (SPEC V-8).
 */
import type { RoundBlock } from './types';

/**
 * Block of round `index` (0-based) in a course of `rounds` rounds: the first ⌊rounds/3⌋ are the
 * pre-test, the last ⌊rounds/3⌋ the post-test, the middle is training (SPEC V-8). Equal-length tests
 * keep pre- and post-test accuracy comparable for the learning gain.
 */
export function courseBlock(index: number, rounds: number): RoundBlock {
  const test = Math.floor(rounds / 3);
  if (index < test) return 'pre';
  if (index >= rounds - test) return 'post';
  return 'training';
}
