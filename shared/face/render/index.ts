/**
 * The face renderer: identity + AU values → SVG string. Pure and deterministic.
 *
 * Layers back to front: background; hair behind, neck, ears (static); face shape, soft shading,
 * AU-driven wrinkles and folds, eyes, brows, nose, facial hair, mouth (expression-driven); hair in
 * front, glasses and head coverings (static). Static painters live in `static/` and receive a context
 * built from the identity alone, so static layers are byte-identical between the neutral and any
 * expression of one identity. No element, id, class or comment names an emotion or an Action Unit;
 * ids are short and neutral (`g1`, `g2`, …) and the same set is emitted for every expression.
 * Layout and rules: docs/faces.md.
 */
import type { AuValues } from '../action-units';
import { faceGeometry, neutralGeometry } from '../geometry';
import type { Identity } from '../identities';
import type { FeatureCtx, StaticCtx } from './context';
import { staticContext } from './context';
import { gradientDefs } from './defs';
import { brows } from './features/brows';
import { eyes } from './features/eyes';
import { faceLayer } from './features/face';
import { facialHair } from './features/facial-hair';
import { mouth } from './features/mouth';
import { nose } from './features/nose';
import { wrinkles } from './features/wrinkles';
import { background, neckAndBody } from './static/body';
import { ears } from './static/ears';
import { glasses } from './static/glasses';
import { hairShapes } from './static/hair';
import { headwearBack, headwearFront } from './static/headwear';
import { VIEWBOX } from './svg';

export { palette } from './palette';
export type { Palette } from './palette';
export { VIEWBOX } from './svg';

/** Options of {@link renderFace}. */
export interface RenderOptions {
  /** Width and height attributes in px (the viewBox is always 0 0 512 512). Default 512. */
  size?: number;
  /** Prefix of gradient and clip ids, to inline several faces in one page. Default `"g"`. Must be neutral. */
  idPrefix?: string;
}

/** One layer of the output: `static` layers never depend on the AU values. */
export interface Layer {
  /** `static`: identical for every expression of the identity; `au`: driven by the AU values. */
  kind: 'static' | 'au';
  /** SVG markup of the layer. */
  svg: string;
}

/** The two static layers, behind and in front of the face. They see only a {@link StaticCtx}. */
export function staticLayers(c: StaticCtx): { back: string; front: string } {
  const hair = hairShapes(c);
  return {
    back:
      gradientDefs(c.id, c.pal, c.dark, c.ref) +
      background(c) +
      headwearBack(c) +
      hair.back +
      neckAndBody(c) +
      ears(c),
    front: hair.front + glasses(c) + headwearFront(c),
  };
}

/** The expression-driven layer. */
function featureLayer(c: FeatureCtx): string {
  return (
    faceLayer(c) +
    `<g filter="${c.url('softLines')}">${wrinkles(c)}</g>` +
    eyes(c) +
    brows(c) +
    nose(c) +
    facialHair(c) +
    mouth(c)
  );
}

/**
 * Renders the layers of a face. Static layers (background, hair, neck, ears, accessories) depend only
 * on the identity; `au` layers carry everything the Action Units move.
 */
export function renderFaceLayers(identity: Identity, au: AuValues, options: RenderOptions = {}): Layer[] {
  const sc = staticContext(identity, options.idPrefix ?? 'g');
  const still = staticLayers(sc);
  const fc: FeatureCtx = { ...sc, g: faceGeometry(identity, au), n: neutralGeometry(identity), au };
  return [
    { kind: 'static', svg: still.back },
    { kind: 'au', svg: featureLayer(fc) },
    { kind: 'static', svg: still.front },
  ];
}

/**
 * Renders `identity` showing `au` as a standalone SVG string (viewBox 0 0 512 512). Pure and
 * deterministic: the same inputs always give the same bytes.
 */
export function renderFace(identity: Identity, au: AuValues, options: RenderOptions = {}): string {
  const size = options.size ?? VIEWBOX;
  const body = renderFaceLayers(identity, au, options)
    .map((l) => l.svg)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEWBOX} ${VIEWBOX}" width="${size}" height="${size}">${body}</svg>`;
}
