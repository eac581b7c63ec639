/** Number formatting shared by the dashboard, report and history pages. */
import type { Proportion } from '$shared/stats/descriptive';

/** 0.4 → "40%"; null → "–". */
export const pct = (p: number | null | undefined): string =>
  p === null || p === undefined ? '–' : `${Math.round(p * 100)}%`;

/** A proportion as "40% (2/5)". */
export const share = (x: Proportion | null): string => (x ? `${pct(x.p)} (${x.k}/${x.n})` : '–');

/** A Wilson interval as "12–77%". */
export const interval = (x: Proportion | null): string =>
  x ? `${Math.round(x.low * 100)}–${Math.round(x.high * 100)}%` : '–';

/** Milliseconds, rounded: "1 234 ms"; null → "–". */
export const ms = (v: number | null | undefined): string =>
  v === null || v === undefined ? '–' : `${Math.round(v)} ms`;

/** Hu with two decimals. */
export const hu = (v: number | null): string => (v === null ? '–' : v.toFixed(2));

/** A date and time in the browser's locale. */
export const when = (t: number): string =>
  new Date(t).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
