/** Shared values of the roster: named hair colours and the defaults every identity starts from. */
import type { Identity } from './types';

/** Hair colours used across the roster. */
export const H = {
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

/** An identity before its id and brow asymmetry are assigned by its place in the roster. */
export type Base = Omit<Identity, 'id'>;

/** Defaults of every roster entry (each entry overrides what makes the person distinct). */
export const d: Base = {
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
