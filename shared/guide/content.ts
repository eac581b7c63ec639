/**
 * The discussion guide, in Glimpse's own words: what each expression does on the face, how to tell
 * it from its neighbours, questions about context, and prompts about the limits of reading faces.
 * Tone: curious, humble, kind. The aim is seeing people more fully, never "catching" anyone.
 * Every fact carries its source (sources.ts); the design is in docs/learning-and-ethics.md and docs/faces.md.
 */
import type { Emotion } from '../emotions';
import { EMOTIONS } from '../emotions';
import type { SourceId } from './sources';

/** Face regions a cue can point at. */
export type Region = 'brows' | 'eyes' | 'nose' | 'cheeks' | 'mouth' | 'chin';

/** One thing a face does. */
export interface Cue {
  region: Region;
  text: string;
}

/** Guide entry for one emotion. */
export interface EmotionGuide {
  emotion: Emotion;
  /** One sentence on the expression as a whole. */
  summary: string;
  /** What the face does, region by region (FACS prototype in `facs`). */
  cues: readonly Cue[];
  /** FACS Action Units of the common prototype. */
  facs: string;
  /** Expressions it is most often read as. */
  neighbours: readonly Emotion[];
  /** Questions that bring context back in. */
  context: readonly string[];
  sources: readonly SourceId[];
}

/** Per-emotion guide entries (cues: docs/faces.md; confusions: docs/learning-and-ethics.md). */
export const EMOTION_GUIDE: Readonly<Record<Emotion, EmotionGuide>> = {
  happiness: {
    emotion: 'happiness',
    summary: 'A felt smile involves the eyes as well as the mouth.',
    facs: 'AU 6 + 12',
    cues: [
      { region: 'mouth', text: 'Both lip corners pull up and out toward the cheekbones.' },
      {
        region: 'cheeks',
        text: 'The cheeks rise and push the lower eyelids up, bunching the skin below the eyes.',
      },
      {
        region: 'eyes',
        text: 'Crow’s feet may appear at the outer corners; the lower lid is pushed up but not tense.',
      },
    ],
    neighbours: ['contempt', 'surprise'],
    context: [
      'A smile can be polite, nervous or kind to someone else. What else would you want to know before deciding what it means?',
      'Can you think of a moment when someone smiled while feeling something quite different?',
    ],
    sources: ['ekmanFacs', 'barrett2019'],
  },
  sadness: {
    emotion: 'sadness',
    summary: 'Sadness shows most in the inner brows and the corners of the mouth.',
    facs: 'AU 1 + 4 + 15 (often 17)',
    cues: [
      {
        region: 'brows',
        text: 'The inner ends of the brows rise and draw together, so the brows slant upward toward the middle.',
      },
      { region: 'mouth', text: 'The lip corners turn down.' },
      { region: 'chin', text: 'The chin may push up, wrinkling it and pressing the lower lip upward.' },
    ],
    neighbours: ['fear', 'disgust'],
    context: [
      'A flash of sadness while someone smiles may point to something unspoken. How could you make room for it without pressing?',
      'Tiredness, concentration or a cold can look similar. What would help you tell the difference?',
    ],
    sources: ['ekmanFacs'],
  },
  fear: {
    emotion: 'fear',
    summary: 'Fear widens the eyes like surprise, but the face is tense rather than loose.',
    facs: 'AU 1 + 2 + 4 + 5 + 7 + 20 + 26',
    cues: [
      {
        region: 'brows',
        text: 'The brows rise and are pulled together at the same time, so they look flatter and straighter than in surprise.',
      },
      { region: 'eyes', text: 'The upper lids lift to show white above the iris, and the lower lids tense.' },
      { region: 'mouth', text: 'The lips stretch sideways; the jaw may drop.' },
    ],
    neighbours: ['surprise', 'sadness'],
    context: [
      'A flash of fear before an answer may be anxiety about being judged: it is not a sign of dishonesty. What might someone be worried about in that moment?',
      'Would you read the same face differently in a hospital waiting room and at a surprise party?',
    ],
    sources: ['ekmanFacs', 'wingenbach2016', 'porter2008'],
  },
  anger: {
    emotion: 'anger',
    summary: 'Anger lowers the brows and hardens the eyes and the mouth.',
    facs: 'AU 4 + 5 + 7 + 23 (or 24)',
    cues: [
      { region: 'brows', text: 'The brows come down and together, with vertical lines between them.' },
      { region: 'eyes', text: 'A glare: the upper lids lift while the lower lids tighten.' },
      { region: 'mouth', text: 'The lips press together or narrow and tighten.' },
    ],
    neighbours: ['disgust', 'contempt'],
    context: [
      'People also frown when they concentrate, squint in bright light, or are in pain. What else could this face be about?',
      'Anger is often a response to feeling hurt or treated unfairly. What question could open a conversation rather than close it?',
    ],
    sources: ['ekmanFacs', 'barrett2019'],
  },
  surprise: {
    emotion: 'surprise',
    summary: 'Surprise opens the face: brows up and curved, eyes wide, jaw loose.',
    facs: 'AU 1 + 2 + 5B + 26',
    cues: [
      { region: 'brows', text: 'The whole brow rises and curves, with long lines across the forehead.' },
      { region: 'eyes', text: 'White shows above the iris; the lower lids stay relaxed.' },
      { region: 'mouth', text: 'The jaw simply drops; the lips are relaxed and form an oval.' },
    ],
    neighbours: ['fear', 'happiness'],
    context: [
      'Surprise is brief and turns quickly into something else. What came next would tell you more: what would you look for?',
      'Good news and bad news can both begin with surprise. How would you find out which one it was?',
    ],
    sources: ['ekmanFacs', 'wingenbach2016'],
  },
  contempt: {
    emotion: 'contempt',
    summary: 'Contempt is the one expression that lives on one side of the face.',
    facs: 'R12A + R14A (one side)',
    cues: [
      {
        region: 'mouth',
        text: 'One lip corner tightens and lifts slightly, often with a small dimple beside it.',
      },
      {
        region: 'cheeks',
        text: 'The rest of the face stays almost neutral: no cheek raise, unlike a smile.',
      },
    ],
    neighbours: ['happiness', 'disgust'],
    context: [
      'A flash of contempt may point to resentment or feeling superior, or just to an uneven half-smile someone always has. How could you tell?',
      'Contempt is the hardest expression to recognise, even in validated photo sets. Why might that be?',
    ],
    sources: ['ekmanFacs', 'wingenbach2016'],
  },
  disgust: {
    emotion: 'disgust',
    summary: 'Disgust centres on the nose and the upper lip, as if pulling away from a smell.',
    facs: 'AU 9 + 15 + 16 (or 9/10 + 17)',
    cues: [
      { region: 'nose', text: 'The nose wrinkles, with creases across the bridge.' },
      { region: 'mouth', text: 'The upper lip lifts; the lower lip may drop or push up.' },
      { region: 'cheeks', text: 'The cheeks rise, narrowing the eyes from below.' },
    ],
    neighbours: ['anger', 'contempt'],
    context: [
      'Whether this face is read as disgust or anger depends on the words offered (Pochedly et al. 2012). Would you have chosen differently with only three buttons?',
      'Disgust can be about a taste, a smell, an idea or a person. What would you need to know to tell which?',
    ],
    sources: ['ekmanFacs', 'wingenbach2016', 'pochedly2012'],
  },
};

/** How to tell two commonly confused expressions apart. */
export interface ContrastGuide {
  /** The two emotions, in `EMOTIONS` order. */
  pair: readonly [Emotion, Emotion];
  /** Where to look, completing "look at …" (e.g. "the lower eyelids"). */
  lookAt: string;
  text: string;
  sources: readonly SourceId[];
}

function contrast(
  a: Emotion,
  b: Emotion,
  lookAt: string,
  text: string,
  sources: readonly SourceId[],
): ContrastGuide {
  return { pair: pairOf(a, b), lookAt, text, sources };
}

/** The two emotions in fixed order, so a pair has one key whichever way round it was confused. */
export function pairOf(a: Emotion, b: Emotion): readonly [Emotion, Emotion] {
  return EMOTIONS.indexOf(a) <= EMOTIONS.indexOf(b) ? [a, b] : [b, a];
}

/** Written contrasts for the pairs classes confuse most (docs/learning-and-ethics.md, "What is trained"). */
export const CONTRASTS: readonly ContrastGuide[] = [
  contrast(
    'fear',
    'surprise',
    'the lower eyelids',
    'Both raise the brows and widen the eyes. In fear the brows are also drawn together, so they sit flatter; the lower lids tense and the lips stretch sideways. In surprise the brows arch, the lower lids stay relaxed and the jaw simply drops.',
    ['ekmanFacs', 'wingenbach2016'],
  ),
  contrast(
    'anger',
    'disgust',
    'the nose and the upper lip',
    'Both can lower the brows. Anger glares: the upper lids lift, the lower lids tighten and the lips press together. Disgust happens around the nose: it wrinkles, and the upper lip lifts.',
    ['ekmanFacs', 'wingenbach2016', 'pochedly2012'],
  ),
  contrast(
    'happiness',
    'contempt',
    'the cheeks, and whether both sides move',
    'A smile of happiness lifts both lip corners and raises the cheeks, bunching the skin below the eyes. Contempt tightens one lip corner only, often with a dimple, and leaves the cheeks still.',
    ['ekmanFacs'],
  ),
  contrast(
    'sadness',
    'fear',
    'the brows and the mouth',
    'Both raise the inner brows. In sadness only the inner ends rise, slanting the brows, the eyes stay soft and the lip corners go down. Fear lifts the whole brow, widens the eyes and stretches the lips sideways.',
    ['ekmanFacs'],
  ),
  contrast(
    'sadness',
    'disgust',
    'the nose',
    'Both can turn the mouth down. Disgust wrinkles the nose and lifts the upper lip; sadness leaves the nose alone and raises the inner brows.',
    ['ekmanFacs'],
  ),
  contrast(
    'contempt',
    'disgust',
    'whether one side or both sides move',
    'Contempt is one-sided: one lip corner tightens and lifts. Disgust involves the nose and the upper lip on both sides.',
    ['ekmanFacs'],
  ),
  contrast(
    'anger',
    'contempt',
    'the brows',
    'Anger involves the whole face: brows down and together, a glare, pressed lips. Contempt leaves the brows and eyes alone and moves one lip corner.',
    ['ekmanFacs'],
  ),
  contrast(
    'sadness',
    'anger',
    'the inner ends of the brows',
    'Both draw the brows together. In anger the brows come down; in sadness their inner ends go up, so the brows slant upward toward the middle.',
    ['ekmanFacs'],
  ),
  contrast(
    'happiness',
    'surprise',
    'the lip corners and the cheeks',
    'Surprise opens the mouth without pulling the lip corners up and leaves the cheeks where they are. Happiness pulls the corners up and out and lifts the cheeks.',
    ['ekmanFacs'],
  ),
];

/**
 * The contrast for two emotions: the written one when there is one, else one assembled from each
 * emotion's first cues (so every pair has an answer).
 */
export function contrastFor(a: Emotion, b: Emotion): ContrastGuide {
  const [x, y] = pairOf(a, b);
  const written = CONTRASTS.find((c) => c.pair[0] === x && c.pair[1] === y);
  if (written) return written;
  const gx = EMOTION_GUIDE[x];
  const gy = EMOTION_GUIDE[y];
  const first = (g: EmotionGuide) => (g.cues[0] as Cue).text.replace(/\.$/, '').toLowerCase();
  return {
    pair: [x, y],
    lookAt: `the ${(gx.cues[0] as Cue).region} and the ${(gy.cues[0] as Cue).region}`,
    text: `In ${x}, ${first(gx)}. In ${y}, ${first(gy)}.`,
    sources: ['ekmanFacs'],
  };
}

/** Ids of the ethics prompts. */
export const ETHICS_IDS = [
  'not-a-readout',
  'culture',
  'display-rules',
  'context',
  'not-a-lie-detector',
  'neurodiversity',
  'posed-not-real',
  'consent-and-law',
] as const;

/** Id of an ethics prompt. */
export type EthicsId = (typeof ETHICS_IDS)[number];

/** A prompt that carries one of the caveats of docs/learning-and-ethics.md. */
export interface EthicsPrompt {
  id: EthicsId;
  title: string;
  /** What to tell the group, in a few sentences. */
  text: string;
  /** A question to open the discussion. */
  question: string;
  sources: readonly SourceId[];
}

/** The caveats the guide must teach, in order (see docs/learning-and-ethics.md). */
export const ETHICS_PROMPTS: Readonly<Record<EthicsId, EthicsPrompt>> = {
  'not-a-readout': {
    id: 'not-a-readout',
    title: 'A face is not a read-out of feelings',
    text: 'People do scowl when angry and smile when happy more often than chance, but the same feeling shows up in many ways, and the same face can mean different things. An expression is a clue to be curious about, not an answer.',
    question: 'When has your own face said something you did not feel, or missed something you did?',
    sources: ['barrett2019'],
  },
  culture: {
    id: 'culture',
    title: 'Culture shapes how faces are made and read',
    text: 'People recognise expressions above chance everywhere, but better within their own group. Observers from East Asia rely more on the eyes; Himba participants did not sort faces into the “universal” groups without emotion words; Trobriand adolescents read the classic “fear” face as a threat.',
    question: 'Which of today’s faces might someone from another background read differently, and why?',
    sources: ['elfenbein2002', 'jack2012', 'gendron2014', 'crivelli2016'],
  },
  'display-rules': {
    id: 'display-rules',
    title: 'Display rules: what we let show',
    text: 'In a classic study, Japanese students watching an unpleasant film showed the same negative expressions as American students when alone, but masked them with smiles when a higher-status person was present. What people allow themselves to show depends on culture, gender and audience.',
    question: 'Where are you expected to keep a straight face, and what does that hide from others?',
    sources: ['ekman1972', 'safdar2009'],
  },
  context: {
    id: 'context',
    title: 'Context changes the reading — even this game’s buttons',
    text: 'The same disgust face is read as anger or as disgust depending on which words are offered. A game with a fixed set of buttons builds this in: in real life there is no list, and there is always a situation around the face.',
    question:
      'Would your answers change if there were no buttons and you had to describe the face in your own words?',
    sources: ['pochedly2012', 'barrett2019'],
  },
  'not-a-lie-detector': {
    id: 'not-a-lie-detector',
    title: 'Not a lie detector',
    text: 'Micro-expressions appeared in 2% of 697 expressions studied, in honest and deceptive people alike. A US airport screening programme built on reading behaviour was found to lack scientific support, and people detect lies at about chance. Training in micro-expressions did not improve lie detection. A flash of fear may simply be nerves.',
    question: 'What harm could come from treating a fleeting expression as proof that someone is lying?',
    sources: ['porter2008', 'gao2013', 'jordan2019', 'burgoon2018'],
  },
  neurodiversity: {
    id: 'neurodiversity',
    title: 'Misunderstanding runs both ways',
    text: 'Non-autistic observers can misread autistic people’s expressions, and posed autistic expressions can be recognised well. A low score here says little about anyone’s social skill; anyone may opt out of rankings.',
    question: 'How might it feel to be misread again and again, and what could the reader do differently?',
    sources: ['brewer2016', 'autism2023'],
  },
  'posed-not-real': {
    id: 'posed-not-real',
    title: 'Posed faces are easier than real life',
    text: 'These are drawn, posed, frontal faces with clear prototypes. Real expressions are often subtle, partial, moving and mixed, and they are harder to read. Doing well here is a start, not a certificate.',
    question: 'What would be harder about noticing the same expressions in a real conversation?',
    sources: ['wingenbach2016'],
  },
  'consent-and-law': {
    id: 'consent-and-law',
    title: 'Consent, and where the law draws a line',
    text: 'Reading real people’s faces without their agreement can be intrusive. In the EU, AI that infers emotions from biometric data is prohibited in schools and workplaces since February 2025. Glimpse shows drawn faces and never analyses participants.',
    question:
      'When would it be welcome for someone to notice your feelings, and when would it feel like surveillance?',
    sources: ['euAiAct'],
  },
};

/** The product's message, for the end of the guide. */
export const CLOSING_MESSAGE =
  'A single expression never tells the whole story. Noticing one is an invitation to ask, listen and understand — to see people more fully, not to catch them.';
