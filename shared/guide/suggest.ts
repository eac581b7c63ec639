/**
 * Data-driven discussion prompts: `suggestPrompts(analytics, …)` proposes what fits what this class
 * got wrong, after a round or at the end, each with the stimulus to replay slowly.
 */
import type { Emotion } from '../emotions';
import { EMOTIONS, EMOTION_LABELS } from '../emotions';
import type { HostAnalytics, RoundBrief } from '../stats/types';
import type { EthicsId } from './content';
import { EMOTION_GUIDE, ETHICS_IDS, ETHICS_PROMPTS, contrastFor, pairOf } from './content';
import type { Source, SourceId } from './sources';
import { SOURCES } from './sources';

/**
 * A stimulus to replay slowly. It names the emotion, so it is only for the host, and only for rounds
 * that are closed (suggestions never look at an open round).
 */
export interface ReplayStimulus {
  round: number;
  emotion: Emotion;
  identityId: string;
  maskId: string;
  apexId: string;
  exposureMs: number;
  /** The label the class chose instead, when the prompt is about a confusion. */
  confusedWith: Emotion | null;
}

/** Kinds of suggestion. */
export type SuggestionKind = 'contrast' | 'cues' | 'well-read' | 'label-bias' | 'ethics';

/** One proposed prompt. */
export interface Suggestion {
  /** Stable key, e.g. `contrast:fear>surprise` or `ethics:context`. */
  id: string;
  kind: SuggestionKind;
  title: string;
  /** What the class's data says, e.g. "Fear was read as surprise 60% of the time (3 of 5 answers): look at the lower eyelids." */
  evidence: string | null;
  /** What to explain. */
  text: string;
  /** A question to open the discussion. */
  question: string | null;
  replay: ReplayStimulus | null;
  sources: Source[];
}

/** When the suggestions are for. */
export interface SuggestOptions {
  /** `round`: after one round (default: the latest closed, non-skipped one); `end`: the whole game. */
  scope: 'round' | 'end';
  round?: number;
  /** At most this many contrast prompts at the end (default 3). */
  maxContrasts?: number;
}

/** A confusion must be at least this share of an emotion's answers to be worth a prompt. */
const MIN_SHARE = 0.2;
/** …and at least this many answers over the game (one answer is an anecdote). */
const MIN_COUNT_END = 2;
/** A label chosen this many times more than its emotion was shown is a "favourite" (Wagner 1993). */
const BIAS_RATIO = 1.5;
/** A round this accurate gets a "what told you?" prompt rather than a correction. */
const WELL_READ = 0.8;

/** Ethics prompt that suits a confusion pair best (docs/learning-and-ethics.md, caveats 2–4). */
const ETHICS_FOR_PAIR: Partial<Record<string, EthicsId>> = {
  'fear|surprise': 'culture',
  'anger|disgust': 'context',
  'happiness|contempt': 'display-rules',
  'sadness|fear': 'not-a-readout',
};

/** What every end-of-game guide discusses, in this order. */
const END_ETHICS: readonly EthicsId[] = ['not-a-readout', 'context', 'not-a-lie-detector', 'posed-not-real'];

const label = (e: Emotion) => EMOTION_LABELS[e].toLowerCase();
const pct = (share: number) => `${Math.round(share * 100)}%`;
const sourcesOf = (ids: readonly SourceId[]): Source[] => ids.map((id) => SOURCES[id]);

function replayOf(r: RoundBrief, confusedWith: Emotion | null): ReplayStimulus {
  return {
    round: r.index,
    emotion: r.emotion,
    identityId: r.identityId,
    maskId: r.maskId,
    apexId: r.apexId,
    exposureMs: r.exposureMs,
    confusedWith,
  };
}

function ethicsSuggestion(id: EthicsId): Suggestion {
  const p = ETHICS_PROMPTS[id];
  return {
    id: `ethics:${id}`,
    kind: 'ethics',
    title: p.title,
    evidence: null,
    text: p.text,
    question: p.question,
    replay: null,
    sources: sourcesOf(p.sources),
  };
}

function contrastSuggestion(
  shown: Emotion,
  chosen: Emotion,
  evidence: string,
  replay: ReplayStimulus | null,
): Suggestion {
  const c = contrastFor(shown, chosen);
  return {
    id: `contrast:${shown}>${chosen}`,
    kind: 'contrast',
    title: `${EMOTION_LABELS[shown]} or ${label(chosen)}?`,
    evidence: `${evidence}: look at ${c.lookAt}.`,
    text: c.text,
    question: EMOTION_GUIDE[shown].context[0] ?? null,
    replay,
    sources: sourcesOf(c.sources),
  };
}

function cuesSuggestion(
  emotion: Emotion,
  kind: 'cues' | 'well-read',
  evidence: string,
  replay: ReplayStimulus | null,
): Suggestion {
  const g = EMOTION_GUIDE[emotion];
  return {
    id: `${kind}:${emotion}`,
    kind,
    title:
      kind === 'well-read' ? `What told you it was ${label(emotion)}?` : `What ${label(emotion)} looks like`,
    evidence,
    text: `${g.summary} ${g.cues.map((c) => c.text).join(' ')}`,
    question: kind === 'well-read' ? 'Which cue did you notice first?' : (g.context[0] ?? null),
    replay,
    sources: sourcesOf(g.sources),
  };
}

function pairEthics(a: Emotion, b: Emotion): EthicsId | undefined {
  return ETHICS_FOR_PAIR[pairOf(a, b).join('|')];
}

/** The most chosen wrong label in a round (ties: fixed emotion order), or null. */
function topWrong(r: RoundBrief): Emotion | null {
  let best: Emotion | null = null;
  for (const e of EMOTIONS) {
    if (e === r.emotion || r.distribution[e] === 0) continue;
    if (best === null || r.distribution[e] > r.distribution[best]) best = e;
  }
  return best;
}

function afterRound(a: HostAnalytics, wanted?: number): Suggestion[] {
  const played = a.rounds.filter((r) => r.closed && !r.skipped);
  const r = wanted === undefined ? played[played.length - 1] : played.find((x) => x.index === wanted);
  if (!r) return [];
  const n = r.answered;
  const out: Suggestion[] = [];
  const wrong = topWrong(r);
  const replay = replayOf(r, null);
  const where = `In round ${r.index + 1}`;
  if (n > 0 && wrong && r.distribution[wrong] / n >= MIN_SHARE) {
    const m = r.distribution[wrong];
    const evidence = `${where}, ${m} of ${n} read ${label(r.emotion)} as ${label(wrong)} (${pct(m / n)})`;
    out.push(contrastSuggestion(r.emotion, wrong, evidence, { ...replay, confusedWith: wrong }));
  } else if (n > 0 && r.correct / n >= WELL_READ) {
    out.push(
      cuesSuggestion(
        r.emotion,
        'well-read',
        `${where}, ${r.correct} of ${n} read ${label(r.emotion)} correctly.`,
        replay,
      ),
    );
  } else if (n > 0) {
    out.push(
      cuesSuggestion(
        r.emotion,
        'cues',
        `${where}, ${r.correct} of ${n} read ${label(r.emotion)} correctly.`,
        replay,
      ),
    );
  }
  // One caveat per round: the one that fits the confusion, else the next in turn.
  const id = (wrong && pairEthics(r.emotion, wrong)) ?? ETHICS_IDS[r.index % ETHICS_IDS.length];
  if (id) out.push(ethicsSuggestion(id));
  return out;
}

function atEnd(a: HostAnalytics, maxContrasts: number): Suggestion[] {
  const played = a.rounds.filter((r) => r.closed && !r.skipped);
  const replayFor = (shown: Emotion, chosen: Emotion | null): ReplayStimulus | null => {
    // The round of this emotion where the confusion (or, without one, the errors) was most frequent;
    // ties go to the later round.
    const score = (r: RoundBrief) => (chosen ? r.distribution[chosen] : r.answered - r.correct);
    const best = played
      .filter((r) => r.emotion === shown)
      .reduce<RoundBrief | null>((b, r) => (b === null || score(r) >= score(b) ? r : b), null);
    return best ? replayOf(best, chosen) : null;
  };

  const candidates: { shown: Emotion; chosen: Emotion; count: number; n: number }[] = [];
  for (const row of a.perEmotion) {
    const n = row.accuracy?.n ?? 0;
    for (const chosen of EMOTIONS) {
      const count = a.confusion[row.emotion][chosen];
      if (chosen !== row.emotion && count >= MIN_COUNT_END && count / n >= MIN_SHARE) {
        candidates.push({ shown: row.emotion, chosen, count, n });
      }
    }
  }
  candidates.sort((x, y) => y.count / y.n - x.count / x.n || y.count - x.count);
  const contrasts = candidates.slice(0, maxContrasts);
  const out: Suggestion[] = contrasts.map(({ shown, chosen, count, n }) =>
    contrastSuggestion(
      shown,
      chosen,
      `${EMOTION_LABELS[shown]} was read as ${label(chosen)} ${pct(count / n)} of the time (${count} of ${n} answers)`,
      replayFor(shown, chosen),
    ),
  );

  // A favourite label: chosen far more often than its emotion was shown.
  const bias = a.perEmotion
    .map((row) => ({ emotion: row.emotion, chosen: row.chosen, shown: row.accuracy?.n ?? 0 }))
    .filter((x) => x.chosen >= 3 && x.chosen >= BIAS_RATIO * x.shown)
    .sort((x, y) => y.chosen / Math.max(1, y.shown) - x.chosen / Math.max(1, x.shown))[0];
  if (bias) {
    out.push({
      id: `label-bias:${bias.emotion}`,
      kind: 'label-bias',
      title: `A favourite answer: ${label(bias.emotion)}`,
      evidence: `“${EMOTION_LABELS[bias.emotion]}” was chosen ${bias.chosen} times, though only ${bias.shown} answers were to a ${label(bias.emotion)} face.`,
      text: 'When unsure, people reach for a familiar label. That makes the label look accurate on its own rows while it costs accuracy elsewhere; the unbiased hit rate (Hu) on the dashboard corrects for it.',
      question: `What made “${label(bias.emotion)}” feel like the safe choice?`,
      replay: null,
      sources: sourcesOf(['wagner1993']),
    });
  }

  // The hardest emotion, if no contrast covers it yet.
  const hardest = a.perEmotion
    .filter((row) => row.hu !== null && row.hu < 0.5)
    .sort((x, y) => (x.hu as number) - (y.hu as number))[0];
  if (hardest && !contrasts.some((c) => c.shown === hardest.emotion)) {
    const acc = hardest.accuracy;
    const evidence = acc
      ? `${EMOTION_LABELS[hardest.emotion]} was the hardest today: ${acc.k} of ${acc.n} correct.`
      : `${EMOTION_LABELS[hardest.emotion]} was the hardest today.`;
    out.push(cuesSuggestion(hardest.emotion, 'cues', evidence, replayFor(hardest.emotion, null)));
  }

  const ethics = new Set<EthicsId>();
  for (const c of contrasts) {
    const id = pairEthics(c.shown, c.chosen);
    if (id) ethics.add(id);
  }
  for (const id of END_ETHICS) ethics.add(id);
  for (const id of ethics) out.push(ethicsSuggestion(id));
  return out;
}

/**
 * Proposes discussion prompts from the class's data. After a round: one prompt about that round
 * (the main confusion with how to tell the two apart, or the cues) and one caveat. At the end: the
 * largest confusions, a favourite label, the hardest emotion, then the core caveats. Only closed,
 * non-skipped rounds are ever used, so nothing is revealed early.
 */
export function suggestPrompts(
  analytics: HostAnalytics,
  options: SuggestOptions = { scope: 'end' },
): Suggestion[] {
  return options.scope === 'round'
    ? afterRound(analytics, options.round)
    : atEnd(analytics, options.maxContrasts ?? 3);
}
