/**
 * What a painter receives. Static painters (hair, headwear, ears, neck, glasses, background) get a
 * {@link StaticCtx}: the identity, its palette and the def ids, and nothing the expression moves. The
 * expression-driven painters get a {@link FeatureCtx}, which adds the AU values and the geometry they
 * produce. Because the compositor builds the static context from the identity alone, "static layers
 * never change with the expression" is enforced by the types, not by care (docs/faces.md).
 */
import type { AuValues, Side } from '../action-units';
import type { FaceGeometry } from '../geometry';
import type { Identity } from '../identities';
import type { DefName } from './defs';
import { DEF } from './defs';
import type { Palette } from './palette';
import { palette, skinDarkness } from './palette';

/** The context of a static painter: depends on the identity only. */
export interface StaticCtx {
  /** The identity drawn. */
  readonly id: Identity;
  /** Skin darkness 0 (light) … 1 (dark). */
  readonly dark: number;
  /** The identity's colours. */
  readonly pal: Palette;
  /** The id of a def (for `id="…"`). */
  readonly ref: (name: DefName) => string;
  /** A reference to a def (`url(#…)`, for fill, clip-path and filter attributes). */
  readonly url: (name: DefName) => string;
}

/** The context of an expression-driven painter: the static context plus what the AUs move. */
export interface FeatureCtx extends StaticCtx {
  /** Geometry with the AU values applied. */
  readonly g: FaceGeometry;
  /** The identity's neutral geometry (to measure how far a feature moved). */
  readonly n: FaceGeometry;
  /** The AU values of this frame. */
  readonly au: AuValues;
}

/** Field names that carry the expression, directly or as the geometry it produces. */
export type ExpressionField = 'au' | 'g' | 'n' | keyof FaceGeometry;

// Compile-time rule: adding an expression field to StaticCtx breaks the build here.
type Assert<T extends true> = T;
/** `true` while no static-context field carries the expression (checked by the compiler). */
export type StaticCtxIsExpressionFree = Assert<
  [Extract<keyof StaticCtx, ExpressionField>] extends [never] ? true : false
>;

/** Builds the static context. It takes no AU values, so no static painter can depend on them. */
export function staticContext(identity: Identity, prefix: string): StaticCtx {
  return {
    id: identity,
    dark: skinDarkness(identity),
    pal: palette(identity),
    ref: (name) => `${prefix}${DEF[name]}`,
    url: (name) => `url(#${prefix}${DEF[name]})`,
  };
}

/** The subject's side for a sign: +1 is the subject's left (viewer's right). */
export function sideOf(s: 1 | -1): Side {
  return s === 1 ? 'left' : 'right';
}
