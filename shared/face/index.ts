/**
 * The built-in face library: FACS Action Units with per-side intensities, expression prototypes as
 * data, a curated identity roster, a pure SVG renderer, and the decks the server offers.
 */
export * from './action-units';
export * from './expressions';
export * from './identities';
export * from './geometry';
export { renderFace, renderFaceLayers, palette, VIEWBOX } from './render';
export type { RenderOptions, Layer, Palette } from './render';
export * from './decks';
export { hexToOklch, oklchToHex, oklch, adjust } from './color';
export type { Oklch } from './color';
