/**
 * The seven emotions Paul Ekman described, in the fixed order used everywhere: answer buttons,
 * keyboard shortcuts (1–7), confusion-matrix rows and columns, CSV exports.
 */
export const EMOTIONS = ['happiness', 'sadness', 'fear', 'anger', 'surprise', 'contempt', 'disgust'] as const;

/** One of the seven emotions. */
export type Emotion = (typeof EMOTIONS)[number];

/** Display labels for the answer buttons and charts. */
export const EMOTION_LABELS: Readonly<Record<Emotion, string>> = {
  happiness: 'Happiness',
  sadness: 'Sadness',
  fear: 'Fear',
  anger: 'Anger',
  surprise: 'Surprise',
  contempt: 'Contempt',
  disgust: 'Disgust',
};

/** True when `value` names one of the seven emotions. */
export function isEmotion(value: unknown): value is Emotion {
  return typeof value === 'string' && (EMOTIONS as readonly string[]).includes(value);
}
