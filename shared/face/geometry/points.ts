/** The control points of a face: their names and the shape of one face's geometry. */

/** A point in the face frame. */
export interface Pt {
  /** Horizontal position; positive = subject's left (viewer's right). */
  x: number;
  /** Vertical position; positive = up. */
  y: number;
}

/** Names of the paired control points (one per side). */
export const SIDE_POINTS = [
  'browIn',
  'browMid',
  'browOut',
  'eyeIn',
  'eyeOut',
  'lidUp1',
  'lidUp2',
  'lidLo1',
  'lidLo2',
  'crease1',
  'crease2',
  'cheek',
  'alar',
  'nlTop',
  'nlBot',
  'corner',
  'upOutPeak',
  'upOutMid',
  'upInMid',
  'loInMid',
  'loOutMid',
  'jaw',
  'chinSide',
] as const;
/** A paired control point name. */
export type SidePoint = (typeof SIDE_POINTS)[number];

/** Names of the midline control points. */
export const CENTER_POINTS = [
  'glabella',
  'noseTip',
  'upOut0',
  'upIn0',
  'loIn0',
  'loOut0',
  'chinBoss',
  'chinBottom',
] as const;
/** A midline control point name. */
export type CenterPoint = (typeof CENTER_POINTS)[number];

/** Control points of one face. `left`/`right` are the subject's sides (left has x > 0). */
export interface FaceGeometry {
  /** Subject's left side points (x > 0). */
  left: Record<SidePoint, Pt>;
  /** Subject's right side points (x < 0). */
  right: Record<SidePoint, Pt>;
  /** Midline points. */
  center: Record<CenterPoint, Pt>;
  /** Iris centre of the left eye (the right eye mirrors it) and iris radius. */
  iris: { x: number; y: number; r: number };
}
