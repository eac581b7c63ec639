/**
 * Sources the discussion guide cites (full references: docs/learning-and-ethics.md). Short references a
 * facilitator can look up; the guide's text is written in Glimpse's own words.
 */

/** One cited work. */
export interface Source {
  /** Stable id used by guide entries. */
  id: string;
  /** Short reference, e.g. "Barrett et al. 2019, Psychological Science in the Public Interest 20:1–68". */
  cite: string;
}

function s(id: string, cite: string): Source {
  return { id, cite };
}

/** Every source the guide may cite, by id. */
export const SOURCES = {
  barrett2019: s(
    'barrett2019',
    'Barrett, Adolphs, Marsella, Martinez & Pollak 2019, Psychological Science in the Public Interest 20:1–68',
  ),
  jack2012: s('jack2012', 'Jack, Garrod, Yu, Caldara & Schyns 2012, PNAS'),
  gendron2014: s('gendron2014', 'Gendron, Roberson, van der Vyver & Barrett 2014 (Himba study)'),
  crivelli2016: s('crivelli2016', 'Crivelli, Russell, Jarillo & Fernández-Dols 2016, PNAS'),
  elfenbein2002: s('elfenbein2002', 'Elfenbein & Ambady 2002, Psychological Bulletin (meta-analysis)'),
  ekman1972: s('ekman1972', 'Ekman 1972; Friesen 1972 (display rules, Japanese and American students)'),
  safdar2009: s('safdar2009', 'Safdar et al. 2009, Canadian Journal of Behavioural Science (display rules)'),
  pochedly2012: s(
    'pochedly2012',
    'Pochedly, Widen & Russell 2012 (disgust read as anger depends on the choices)',
  ),
  porter2008: s('porter2008', 'Porter & ten Brinke 2008, Psychological Science'),
  gao2013: s('gao2013', 'US Government Accountability Office 2013, GAO-14-159 (behaviour detection)'),
  jordan2019: s('jordan2019', 'Jordan et al. 2019 (METT training and lie detection)'),
  burgoon2018: s('burgoon2018', 'Burgoon 2018, Frontiers in Psychology 9:1672'),
  brewer2016: s('brewer2016', 'Brewer et al. 2016, Autism Research'),
  autism2023: s('autism2023', 'Autism Research 2023 (recognition of posed autistic expressions)'),
  wingenbach2016: s('wingenbach2016', 'Wingenbach, Ashwin & Brosnan 2016 (ADFES-BIV validation)'),
  euAiAct: s('euAiAct', 'EU Artificial Intelligence Act, Art. 5(1)(f), applicable since February 2025'),
  wagner1993: s('wagner1993', 'Wagner 1993, Journal of Nonverbal Behavior 17:3–28 (unbiased hit rate)'),
  ekmanFacs: s('ekmanFacs', 'Ekman, Friesen & Hager 2002, Facial Action Coding System'),
  endres2009: s('endres2009', 'Endres & Laidlaw 2009, BMC Medical Education 9:47'),
  hurley2012: s('hurley2012', 'Hurley 2012, Motivation and Emotion 36:371'),
  shen2012: s('shen2012', 'Shen, Wu & Fu 2012 (exposure time and accuracy)'),
} as const satisfies Record<string, Source>;

/** Id of a source. */
export type SourceId = keyof typeof SOURCES;
