/**
 * The curated identity roster: 24 synthetic people, fixed (never random at run time), varied in face
 * shape, features, skin tone (10 perceptually spaced tones), age, gender presentation, hair, facial
 * hair, glasses and head coverings. Hair never covers the brows.
 */

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

/**
 * Ten skin tones from very light to very dark as OKLCH (lightness spaced ≈0.066 apart), chosen to
 * resemble common human skin (hue 40–70°, moderate chroma). Index with `Identity.skin`.
 */
export const SKIN_TONES: ReadonlyArray<{ l: number; c: number; h: number }> = [
  { l: 0.9, c: 0.038, h: 62 },
  { l: 0.84, c: 0.05, h: 58 },
  { l: 0.78, c: 0.062, h: 60 },
  { l: 0.72, c: 0.072, h: 62 },
  { l: 0.66, c: 0.08, h: 58 },
  { l: 0.6, c: 0.082, h: 55 },
  { l: 0.53, c: 0.078, h: 52 },
  { l: 0.47, c: 0.07, h: 48 },
  { l: 0.41, c: 0.06, h: 44 },
  { l: 0.35, c: 0.048, h: 40 },
];

const H = {
  black: '#1c1a1a',
  darkBrown: '#3b2a20',
  brown: '#5e4130',
  chestnut: '#6f3f24',
  auburn: '#8a3f22',
  ginger: '#b8622e',
  blonde: '#d2b078',
  ashBlonde: '#b9a587',
  grey: '#9a9794',
  saltPepper: '#6e6b68',
  white: '#dedbd6',
};

type Base = Omit<Identity, 'id'>;

const d: Base = {
  description: '',
  skin: 4,
  age: 0.2,
  presentation: 'feminine',
  cheekWidth: 1.18,
  jawWidth: 0.92,
  chinWidth: 0.4,
  chinDepth: 2.06,
  eyeSize: 1,
  eyeTilt: 0.01,
  crease: 0.8,
  iris: '#5a3b22',
  browThickness: 1,
  noseWidth: 1,
  noseLength: 1,
  mouthWidth: 1,
  lips: 1,
  hair: 'short',
  hairColor: H.darkBrown,
  facialHair: 'none',
  glasses: 'none',
  headwear: 'none',
  headwearColor: '#4a5a78',
  clothing: '#51607a',
  browAsym: 0.01,
};

const roster: Base[] = [
  {
    ...d,
    description: 'Young woman, very light skin, long straight blonde hair, blue eyes, oval face',
    skin: 0,
    age: 0.05,
    hair: 'long',
    hairColor: H.blonde,
    iris: '#4f7ba8',
    chinWidth: 0.36,
    jawWidth: 0.86,
    lips: 1.05,
    clothing: '#6a8caf',
    browThickness: 0.8,
  },
  {
    ...d,
    description: 'Young man, light skin, short brown hair with a side part, stubble, square jaw',
    skin: 1,
    age: 0.15,
    presentation: 'masculine',
    hair: 'short',
    hairColor: H.brown,
    facialHair: 'stubble',
    cheekWidth: 1.22,
    jawWidth: 1.04,
    chinWidth: 0.5,
    chinDepth: 2.12,
    iris: '#6b7b5a',
    browThickness: 1.25,
    lips: 0.85,
    clothing: '#3f5d4a',
  },
  {
    ...d,
    description: 'Woman in her forties, medium skin, dark brown bob, round glasses',
    skin: 4,
    age: 0.45,
    hair: 'bob',
    hairColor: H.darkBrown,
    glasses: 'round',
    iris: '#4a2f1c',
    clothing: '#8a4c5c',
    jawWidth: 0.9,
  },
  {
    ...d,
    description: 'Older man, very dark skin, short grey hair, full grey beard, round face',
    skin: 9,
    age: 0.85,
    presentation: 'masculine',
    hair: 'buzz',
    hairColor: H.grey,
    facialHair: 'beard',
    cheekWidth: 1.26,
    jawWidth: 1.05,
    chinWidth: 0.52,
    chinDepth: 2.1,
    iris: '#2e1f16',
    browThickness: 1.1,
    noseWidth: 1.22,
    lips: 1.15,
    clothing: '#6b5a3e',
    crease: 0.7,
  },
  {
    ...d,
    description: 'Young woman, dark skin, hijab, oval face',
    skin: 7,
    age: 0.1,
    hair: 'bun',
    hairColor: H.black,
    headwear: 'hijab',
    headwearColor: '#2f6f73',
    iris: '#2b1a10',
    lips: 1.15,
    noseWidth: 1.1,
    clothing: '#2f6f73',
    chinWidth: 0.36,
  },
  {
    ...d,
    description: 'Man in his forties, medium-brown skin, turban and full black beard',
    skin: 5,
    age: 0.45,
    presentation: 'masculine',
    hair: 'bun',
    hairColor: H.black,
    headwear: 'turban',
    headwearColor: '#b8423a',
    facialHair: 'beard',
    cheekWidth: 1.2,
    jawWidth: 1.0,
    chinWidth: 0.46,
    chinDepth: 2.14,
    iris: '#3a2515',
    browThickness: 1.3,
    noseLength: 1.08,
    clothing: '#e8e2d4',
  },
  {
    ...d,
    description: 'Young adult, androgynous, light skin, short swept auburn hair, green eyes',
    skin: 2,
    age: 0.1,
    presentation: 'androgynous',
    hair: 'short',
    hairColor: H.auburn,
    iris: '#5c7a4a',
    jawWidth: 0.95,
    chinWidth: 0.42,
    clothing: '#3d3d55',
    lips: 0.95,
    freckles: true,
  },
  {
    ...d,
    description: 'Older woman, light skin, white hair in a bun, glasses, rest lines',
    skin: 1,
    age: 0.95,
    hair: 'bun',
    hairColor: H.white,
    glasses: 'rect',
    iris: '#6c8296',
    lips: 0.75,
    crease: 0.55,
    jawWidth: 0.95,
    chinWidth: 0.42,
    clothing: '#7a5f8c',
    browThickness: 0.75,
  },
  {
    ...d,
    description: 'Young man, dark skin, close-cropped black hair, goatee',
    skin: 8,
    age: 0.15,
    presentation: 'masculine',
    hair: 'buzz',
    hairColor: H.black,
    facialHair: 'goatee',
    cheekWidth: 1.2,
    jawWidth: 1.0,
    chinWidth: 0.46,
    chinDepth: 2.12,
    iris: '#2a1a10',
    noseWidth: 1.2,
    lips: 1.25,
    browThickness: 1.15,
    clothing: '#b06a2c',
  },
  {
    ...d,
    description: 'Woman in her thirties, medium-dark skin, curly afro',
    skin: 6,
    age: 0.3,
    hair: 'afro',
    hairColor: H.darkBrown,
    iris: '#34210f',
    noseWidth: 1.15,
    lips: 1.3,
    clothing: '#c8a03a',
    cheekWidth: 1.2,
  },
  {
    ...d,
    description:
      'Man in his thirties, light-medium skin, straight black hair, low lid crease, rectangular glasses',
    skin: 3,
    age: 0.3,
    presentation: 'masculine',
    hair: 'short',
    hairColor: H.black,
    glasses: 'rect',
    crease: 0.3,
    eyeSize: 0.92,
    eyeTilt: 0.03,
    iris: '#2a1b12',
    cheekWidth: 1.24,
    jawWidth: 0.98,
    chinWidth: 0.44,
    clothing: '#4f6b8a',
    browThickness: 1.1,
  },
  {
    ...d,
    description: 'Young woman, light-medium skin, long black hair with a fringe above the brows',
    skin: 3,
    age: 0.05,
    hair: 'fringe',
    hairColor: H.black,
    crease: 0.4,
    eyeTilt: 0.03,
    iris: '#33200f',
    chinWidth: 0.36,
    jawWidth: 0.88,
    clothing: '#b35d6e',
    lips: 1.0,
  },
  {
    ...d,
    description: 'Older man, medium skin, bald with grey sides, moustache',
    skin: 4,
    age: 0.8,
    presentation: 'masculine',
    hair: 'bald-sides',
    hairColor: H.grey,
    facialHair: 'moustache',
    cheekWidth: 1.22,
    jawWidth: 1.02,
    chinWidth: 0.48,
    chinDepth: 2.12,
    iris: '#4b3320',
    noseWidth: 1.15,
    noseLength: 1.08,
    lips: 0.8,
    crease: 0.6,
    clothing: '#55606b',
    browThickness: 1.2,
  },
  {
    ...d,
    description: 'Woman in her fifties, dark skin, short natural salt-and-pepper hair, round face',
    skin: 8,
    age: 0.6,
    hair: 'curly-short',
    hairColor: H.saltPepper,
    cheekWidth: 1.24,
    jawWidth: 0.98,
    chinWidth: 0.46,
    iris: '#2c1c12',
    noseWidth: 1.2,
    lips: 1.2,
    clothing: '#6d3f7a',
  },
  {
    ...d,
    description: 'Young man, very light skin, short curly ginger hair, freckles',
    skin: 0,
    age: 0.1,
    presentation: 'masculine',
    hair: 'curly-short',
    hairColor: H.ginger,
    freckles: true,
    iris: '#6b8ca0',
    cheekWidth: 1.18,
    jawWidth: 0.98,
    chinWidth: 0.44,
    chinDepth: 2.1,
    lips: 0.9,
    clothing: '#44546a',
    browThickness: 0.9,
  },
  {
    ...d,
    description: 'Young woman, medium-brown skin, black hair pulled back under a cap',
    skin: 5,
    age: 0.1,
    hair: 'pulled-back',
    hairColor: H.black,
    headwear: 'cap',
    headwearColor: '#2d4f7c',
    iris: '#3a2414',
    clothing: '#e0e0e0',
    lips: 1.1,
  },
  {
    ...d,
    description: 'Man in his sixties, light skin, white hair, hooded lids, glasses, short white beard',
    skin: 2,
    age: 0.9,
    presentation: 'masculine',
    hair: 'short',
    hairColor: H.white,
    glasses: 'round',
    facialHair: 'short-beard',
    crease: 0.5,
    iris: '#5f7388',
    cheekWidth: 1.2,
    jawWidth: 1.0,
    chinWidth: 0.46,
    chinDepth: 2.12,
    lips: 0.75,
    clothing: '#7b3b3b',
    browThickness: 1.1,
  },
  {
    ...d,
    description: 'Woman in her forties, very dark skin, patterned headwrap',
    skin: 9,
    age: 0.45,
    hair: 'bun',
    hairColor: H.black,
    headwear: 'headwrap',
    headwearColor: '#d08a2a',
    iris: '#25170e',
    lips: 1.3,
    noseWidth: 1.2,
    cheekWidth: 1.2,
    clothing: '#2a5a3a',
  },
  {
    ...d,
    description: 'Man in his thirties, medium-dark skin, kufi cap, short beard',
    skin: 6,
    age: 0.35,
    presentation: 'masculine',
    hair: 'buzz',
    hairColor: H.black,
    headwear: 'kufi',
    headwearColor: '#ece6da',
    facialHair: 'short-beard',
    cheekWidth: 1.22,
    jawWidth: 1.0,
    chinWidth: 0.46,
    chinDepth: 2.12,
    iris: '#2e1d10',
    noseWidth: 1.12,
    lips: 1.1,
    clothing: '#3a4f6a',
    browThickness: 1.2,
  },
  {
    ...d,
    description: 'Young woman, light skin, wavy shoulder-length brown hair, hazel eyes',
    skin: 2,
    age: 0.1,
    hair: 'wavy',
    hairColor: H.chestnut,
    iris: '#7a6a3a',
    chinWidth: 0.38,
    jawWidth: 0.88,
    clothing: '#3b7a78',
    lips: 1.1,
  },
  {
    ...d,
    description: 'Young man, dark skin, shoulder-length locs',
    skin: 7,
    age: 0.2,
    presentation: 'masculine',
    hair: 'locs',
    hairColor: H.darkBrown,
    cheekWidth: 1.2,
    jawWidth: 1.0,
    chinWidth: 0.46,
    chinDepth: 2.12,
    iris: '#2c1b10',
    noseWidth: 1.18,
    lips: 1.2,
    clothing: '#8a8f3a',
    facialHair: 'stubble',
    browThickness: 1.15,
  },
  {
    ...d,
    description: 'Woman in her sixties, light-medium skin, grey bob, rectangular glasses',
    skin: 3,
    age: 0.75,
    hair: 'bob',
    hairColor: H.grey,
    glasses: 'rect',
    iris: '#4d5f45',
    lips: 0.8,
    crease: 0.6,
    clothing: '#b06040',
    jawWidth: 0.94,
  },
  {
    ...d,
    description: 'Man in his forties, medium-brown skin, black side-parted hair, moustache',
    skin: 5,
    age: 0.45,
    presentation: 'masculine',
    hair: 'short',
    hairColor: H.black,
    facialHair: 'moustache',
    cheekWidth: 1.2,
    jawWidth: 1.02,
    chinWidth: 0.48,
    chinDepth: 2.1,
    iris: '#33200f',
    noseLength: 1.06,
    lips: 0.95,
    clothing: '#5c4a7a',
    browThickness: 1.3,
  },
  {
    ...d,
    description: 'Woman in her seventies, medium-dark skin, short curly white hair, hooded lids',
    skin: 6,
    age: 1.0,
    hair: 'curly-short',
    hairColor: H.white,
    crease: 0.5,
    iris: '#2e1e12',
    lips: 0.85,
    noseWidth: 1.1,
    cheekWidth: 1.2,
    jawWidth: 0.96,
    chinWidth: 0.44,
    clothing: '#2f5e8a',
    browThickness: 0.8,
  },
];

/** The roster, `id01`..`id24`, in a fixed order. */
export const IDENTITIES: readonly Identity[] = roster.map((b, i) => ({
  ...b,
  id: `id${String(i + 1).padStart(2, '0')}`,
  browAsym: ((i * 7) % 5) * 0.006 - 0.012,
}));

/** Looks an identity up by id; throws on an unknown id. */
export function getIdentity(id: string): Identity {
  const found = IDENTITIES.find((x) => x.id === id);
  if (!found) throw new Error(`unknown identity ${id}`);
  return found;
}
