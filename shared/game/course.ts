/**
 * Training course (docs/learning-and-ethics.md; METT structure: pre-test → training → post-test).
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

/** Names of the blocks for people (play and presenter pages). */
export const BLOCK_LABELS: Record<RoundBlock, string> = {
  pre: 'Pre-test',
  training: 'Training',
  post: 'Post-test',
};

/** 1-based position of round `index` within its block, and the block's length (e.g. "Pre-test 2 of 3"). */
export function blockPosition(index: number, rounds: number): { position: number; size: number } {
  const test = Math.floor(rounds / 3);
  switch (courseBlock(index, rounds)) {
    case 'pre':
      return { position: index + 1, size: test };
    case 'training':
      return { position: index - test + 1, size: rounds - 2 * test };
    case 'post':
      return { position: index - (rounds - test) + 1, size: test };
  }
}
