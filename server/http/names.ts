/**
 * Nicknames: a friendly-name generator (adjective + animal) and a small filter for offensive words.
 * The filter is deliberately modest (a classroom safety net, not a moderation system): it folds
 * case, accents and common digit/symbol substitutions, then looks for listed words.
 */
import type { RandomSource } from '../rooms/random';

const ADJECTIVES = [
  'Brave',
  'Bright',
  'Calm',
  'Clever',
  'Cosy',
  'Curious',
  'Daring',
  'Eager',
  'Gentle',
  'Happy',
  'Jolly',
  'Kind',
  'Lively',
  'Lucky',
  'Merry',
  'Mighty',
  'Nimble',
  'Patient',
  'Plucky',
  'Quick',
  'Quiet',
  'Sunny',
  'Swift',
  'Tidy',
  'Witty',
  'Zesty',
  'Bold',
  'Cheerful',
  'Dapper',
  'Keen',
] as const;

const ANIMALS = [
  'Otter',
  'Badger',
  'Falcon',
  'Panda',
  'Koala',
  'Lynx',
  'Heron',
  'Gecko',
  'Puffin',
  'Beaver',
  'Dolphin',
  'Fox',
  'Hedgehog',
  'Ibis',
  'Jaguar',
  'Lemur',
  'Marmot',
  'Newt',
  'Owl',
  'Penguin',
  'Quokka',
  'Raven',
  'Seal',
  'Tapir',
  'Walrus',
  'Yak',
  'Zebra',
  'Alpaca',
  'Bison',
  'Crane',
] as const;

/** A friendly random nickname such as "Calm Otter". */
export function suggestName(random: RandomSource): string {
  return `${ADJECTIVES[random.int(ADJECTIVES.length)]} ${ANIMALS[random.int(ANIMALS.length)]}`;
}

/** Matched anywhere in the folded name (long, unambiguous words). */
const BLOCKED_ANYWHERE = [
  'fuck',
  'shit',
  'bitch',
  'whore',
  'slut',
  'nigger',
  'nigga',
  'faggot',
  'retard',
  'rapist',
  'nazi',
  'hitler',
  'penis',
  'vagina',
  'dildo',
  'wanker',
  'bollock',
  'asshole',
  'arsehole',
  'motherf',
  'pussy',
  'porn',
  'kike',
  'spastic',
  'tranny',
] as const;

/** Matched at the start of a word (they hide inside harmless words too, e.g. "Scunthorpe"). */
const BLOCKED_PREFIXES = ['cunt'] as const;

/** Matched only as a whole word (short words that occur inside harmless names, e.g. "Cass", "Scunthorpe"). */
const BLOCKED_WORDS = [
  'ass',
  'arse',
  'cock',
  'dick',
  'fag',
  'tit',
  'tits',
  'cum',
  'sex',
  'kkk',
  'twat',
  'piss',
  'crap',
] as const;

const SUBSTITUTIONS: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
};

function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[0-9@$!]/g, (c) => SUBSTITUTIONS[c] ?? c);
}

/** True when a nickname contains an offensive word. */
export function isOffensive(name: string): boolean {
  const folded = fold(name);
  const squashed = folded.replace(/[^a-z]/g, '');
  if (BLOCKED_ANYWHERE.some((w) => squashed.includes(w))) return true;
  const words = folded.split(/[^a-z]+/).filter(Boolean);
  return words.some(
    (w) => (BLOCKED_WORDS as readonly string[]).includes(w) || BLOCKED_PREFIXES.some((p) => w.startsWith(p)),
  );
}
