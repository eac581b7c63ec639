/**
 * Confusion matrix (true emotion × chosen label) and Wagner's (1993) unbiased hit rate.
 */
import type { Emotion } from '../emotions';
import { EMOTIONS } from '../emotions';

/** The smallest record of one judgement: what was shown and what was chosen. */
export interface Judgement {
  emotion: Emotion;
  choice: Emotion;
}

/** Counts by true emotion (row) then chosen label (column), always all seven × seven, zeros included. */
export type ConfusionCounts = Record<Emotion, Record<Emotion, number>>;

/** A 7 × 7 matrix of zeros. */
export function emptyConfusion(): ConfusionCounts {
  const rows = {} as ConfusionCounts;
  for (const t of EMOTIONS) {
    rows[t] = {} as Record<Emotion, number>;
    for (const c of EMOTIONS) rows[t][c] = 0;
  }
  return rows;
}

/** Counts judgements into a confusion matrix. */
export function confusionMatrix(judgements: readonly Judgement[]): ConfusionCounts {
  const m = emptyConfusion();
  for (const j of judgements) m[j.emotion][j.choice] += 1;
  return m;
}

/** Sum of one row: how often `emotion` was shown (and answered). */
export function rowTotal(m: ConfusionCounts, emotion: Emotion): number {
  return EMOTIONS.reduce((sum, c) => sum + m[emotion][c], 0);
}

/** Sum of one column: how often the label `choice` was chosen, whatever was shown. */
export function columnTotal(m: ConfusionCounts, choice: Emotion): number {
  return EMOTIONS.reduce((sum, t) => sum + m[t][choice], 0);
}

/**
 * Wagner's (1993) unbiased hit rate for one emotion: Hu = hits² / (row total × column total), i.e.
 * the hit rate (hits / times shown) times the precision of the label (hits / times chosen). A class
 * that answers "happiness" to everything gets 100% on happiness but a low Hu, because the label tells
 * nothing. `null` when the emotion was never shown; 0 when it was shown but its label never chosen.
 */
export function unbiasedHitRate(m: ConfusionCounts, emotion: Emotion): number | null {
  const row = rowTotal(m, emotion);
  if (row === 0) return null;
  const col = columnTotal(m, emotion);
  if (col === 0) return 0;
  const hits = m[emotion][emotion];
  return (hits * hits) / (row * col);
}

/**
 * Expands a confusion matrix back into judgements (order: rows then columns). Lets stored per-game
 * matrices feed `learningGain` when comparing two games of one class.
 */
export function judgementsFromConfusion(m: ConfusionCounts): Judgement[] {
  return EMOTIONS.flatMap((emotion) =>
    EMOTIONS.flatMap((choice) => Array.from({ length: m[emotion][choice] }, () => ({ emotion, choice }))),
  );
}
