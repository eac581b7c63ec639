/** The shape of an identity: everything about a face that stays fixed while the AUs change. */

/** Hair styles the renderer draws. */
export type HairStyle =
  | 'short'
  | 'buzz'
  | 'long'
  | 'bob'
  | 'bun'
  | 'afro'
  | 'curly-short'
  | 'pulled-back'
  | 'bald'
  | 'bald-sides'
  | 'wavy'
  | 'fringe'
  | 'locs';

/** Facial hair styles. */
export type FacialHair = 'none' | 'stubble' | 'moustache' | 'beard' | 'goatee' | 'short-beard';

/** Head coverings. */
export type Headwear = 'none' | 'hijab' | 'turban' | 'cap' | 'kufi' | 'headwrap';

/** Glasses frames. */
export type Glasses = 'none' | 'round' | 'rect';

/** One identity: everything that stays fixed while the AUs change. */
export interface Identity {
  /** Stable opaque id, `id01`..`id24`. */
  id: string;
  /** Human description for documentation and the teacher's library view. */
  description: string;
  /** Index into SKIN_TONES (0 very light … 9 very dark). */
  skin: number;
  /** Age cue 0 (young adult) … 1 (old): rest lines, lid hooding, thinner lips. */
  age: number;
  /** Gender presentation, drives lashes and lip tint slightly. */
  presentation: 'feminine' | 'masculine' | 'androgynous';
  /** Half width at the cheekbones, in eye-distance units (≈1.1–1.3). */
  cheekWidth: number;
  /** Half width at the jaw angle (≈0.8–1.1). */
  jawWidth: number;
  /** Half width of the chin (≈0.3–0.55). */
  chinWidth: number;
  /** Chin height below the eye line (≈1.95–2.2). */
  chinDepth: number;
  /** Eye size factor (≈0.9–1.1). */
  eyeSize: number;
  /** Outer-corner tilt of the eyes, units (−0.03…0.04). */
  eyeTilt: number;
  /** Height of the upper lid crease above the lid (0.3 low / monolid … 1 high). */
  crease: number;
  /** Iris colour, `#rrggbb`. */
  iris: string;
  /** Brow thickness factor (≈0.7–1.4). */
  browThickness: number;
  /** Nose width factor (≈0.85–1.25). */
  noseWidth: number;
  /** Nose length factor (≈0.9–1.1). */
  noseLength: number;
  /** Mouth width factor (≈0.9–1.1). */
  mouthWidth: number;
  /** Lip fullness factor (≈0.7–1.35). */
  lips: number;
  /** Hair style. */
  hair: HairStyle;
  /** Hair colour `#rrggbb` (also the base of the brow colour). */
  hairColor: string;
  /** Facial hair. */
  facialHair: FacialHair;
  /** Glasses. */
  glasses: Glasses;
  /** Head covering. */
  headwear: Headwear;
  /** Colour of the head covering or cap, `#rrggbb`. */
  headwearColor: string;
  /** Clothing colour, `#rrggbb`. */
  clothing: string;
  /** Freckles across nose and cheeks. */
  freckles?: boolean;
  /** Fixed rest asymmetry of the brows, units (small; makes the face look alive). */
  browAsym: number;
}
