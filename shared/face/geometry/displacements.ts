/**
 * The displacement table: how far each Action Unit moves each control point at intensity 1. Data,
 * so tests and docs can read it (docs/faces.md, "Action Units").
 */
import type { ActionUnit } from '../action-units';
import type { CenterPoint, SidePoint } from './points';

/** One AU's displacement at intensity 1: [dx away from the midline, dy up] per control point. */
export interface AuDisplacement {
  /** Paired points, displaced by that side's intensity (dx is mirrored per side). */
  side?: Partial<Record<SidePoint, readonly [number, number]>>;
  /** Midline points, displaced by the mean of both sides' intensities (dx unused). */
  center?: Partial<Record<CenterPoint, readonly [number, number]>>;
}

/** Per-AU displacements at intensity 1.0, in eye-distance units (docs/faces.md, "Action Units"). */
export const AU_DISPLACEMENTS: Readonly<Record<ActionUnit, AuDisplacement>> = {
  1: {
    side: {
      browIn: [0.0, 0.2],
      browMid: [0, 0.075],
      browOut: [0, -0.01],
      crease1: [0, 0.035],
      lidUp1: [0, 0.012],
    },
  },
  2: {
    side: {
      browIn: [0, 0.025],
      browMid: [0.0, 0.12],
      browOut: [0.02, 0.15],
      crease2: [0, 0.03],
      lidUp2: [0, 0.01],
    },
  },
  4: {
    // Inner end drops most and slides toward the midline: a clear V, not a level "stern" brow.
    side: {
      browIn: [-0.12, -0.21],
      browMid: [-0.06, -0.12],
      browOut: [-0.015, -0.03],
      crease1: [0, -0.015],
      crease2: [0, -0.01],
      lidUp1: [0, -0.01],
      lidUp2: [0, -0.006],
    },
    center: { glabella: [0, -0.05] },
  },
  5: {
    side: {
      // enough lift to bare a clear band of white above the iris (the glare/stare cue)
      lidUp1: [0, 0.1],
      lidUp2: [0, 0.095],
      crease1: [0, 0.045],
      crease2: [0, 0.045],
      eyeOut: [0, 0.008],
    },
  },
  6: {
    side: {
      cheek: [0.02, 0.1],
      lidLo1: [0, 0.045],
      lidLo2: [0, 0.055],
      eyeOut: [0, 0.012],
      browOut: [0, -0.025],
      lidUp2: [0, -0.012],
      crease2: [0, -0.012],
      nlBot: [0.02, 0.03],
      nlTop: [0.01, 0.015],
    },
  },
  7: {
    side: {
      lidLo1: [0, 0.07],
      lidLo2: [0, 0.065],
      eyeIn: [0, 0.01],
      lidUp1: [0, -0.012],
      lidUp2: [0, -0.012],
    },
  },
  9: {
    side: {
      alar: [0.04, 0.08],
      nlTop: [0.03, 0.08],
      browIn: [-0.02, -0.05],
      browMid: [0, -0.02],
      lidLo1: [0, 0.035],
      lidLo2: [0, 0.025],
      cheek: [0, 0.06],
      upOutPeak: [0, 0.06],
      upOutMid: [0, 0.045],
      upInMid: [0, 0.04],
      crease1: [0, -0.015],
    },
    center: { noseTip: [0, 0.03], upOut0: [0, 0.06], upIn0: [0, 0.05], glabella: [0, -0.04] },
  },
  10: {
    side: {
      alar: [0.01, 0.035],
      nlTop: [0.015, 0.04],
      upOutPeak: [0, 0.12],
      upOutMid: [0.01, 0.085],
      upInMid: [0, 0.085],
      corner: [0, 0.02],
      nlBot: [0, 0.03],
    },
    center: { upOut0: [0, 0.12], upIn0: [0, 0.115], noseTip: [0, 0.01] },
  },
  12: {
    side: {
      corner: [0.1, 0.17],
      upOutMid: [0.065, 0.1],
      upOutPeak: [0.02, 0.015],
      upInMid: [0.065, 0.085],
      loInMid: [0.055, 0.05],
      loOutMid: [0.055, 0.065],
      nlBot: [0.07, 0.08],
      nlTop: [0.02, 0.02],
      cheek: [0.02, 0.06],
      lidLo1: [0, 0.012],
      lidLo2: [0, 0.018],
      alar: [0.01, 0.01],
    },
  },
  14: {
    side: {
      corner: [-0.05, 0.02],
      upOutMid: [-0.02, 0.005],
      loOutMid: [-0.02, 0.005],
      upInMid: [-0.02, 0.01],
    },
  },
  15: {
    side: {
      corner: [0.01, -0.12],
      upOutMid: [0, -0.05],
      upInMid: [0, -0.045],
      loInMid: [0, -0.045],
      loOutMid: [0, -0.05],
      nlBot: [0, -0.04],
    },
  },
  16: {
    side: { loInMid: [0.01, -0.08], loOutMid: [0.01, -0.07] },
    center: { loIn0: [0, -0.1], loOut0: [0, -0.085] },
  },
  17: {
    side: { corner: [0, -0.03], loOutMid: [0, 0.035], loInMid: [0, 0.025] },
    center: {
      chinBoss: [0, 0.09],
      loOut0: [0, 0.065],
      loIn0: [0, 0.04],
      upIn0: [0, 0.015],
      upOut0: [0, 0.01],
    },
  },
  20: {
    side: {
      corner: [0.17, -0.035],
      upOutMid: [0.11, -0.03],
      upOutPeak: [0.035, -0.012],
      upInMid: [0.11, -0.008],
      loInMid: [0.105, 0.008],
      loOutMid: [0.1, 0.04],
      nlBot: [0.07, -0.025],
      jaw: [0.01, 0],
    },
    center: { upOut0: [0, -0.012], loOut0: [0, 0.035] },
  },
  23: {
    side: { corner: [-0.035, 0], upOutPeak: [0, -0.05], upOutMid: [0, -0.035], loOutMid: [0, 0.045] },
    center: { upOut0: [0, -0.05], loOut0: [0, 0.06] },
  },
  24: {
    side: {
      corner: [-0.03, -0.02],
      upOutPeak: [0, -0.08],
      upOutMid: [0, -0.055],
      loOutMid: [0, 0.075],
      upInMid: [0, -0.01],
      loInMid: [0, -0.01],
    },
    center: { upOut0: [0, -0.08], loOut0: [0, 0.1], upIn0: [0, -0.008], loIn0: [0, -0.008] },
  },
  25: {
    side: { upInMid: [0, 0.04], loInMid: [0, -0.075], loOutMid: [0, -0.06] },
    center: { upIn0: [0, 0.045], loIn0: [0, -0.1], loOut0: [0, -0.08] },
  },
  26: {
    side: {
      corner: [-0.045, -0.07],
      upInMid: [-0.01, 0.02],
      loInMid: [-0.02, -0.24],
      loOutMid: [-0.02, -0.25],
      upOutMid: [-0.015, -0.005],
      nlBot: [-0.02, -0.06],
      jaw: [0, -0.08],
      chinSide: [0, -0.27],
    },
    center: {
      upIn0: [0, 0.02],
      loIn0: [0, -0.3],
      loOut0: [0, -0.3],
      chinBoss: [0, -0.3],
      chinBottom: [0, -0.31],
    },
  },
};
