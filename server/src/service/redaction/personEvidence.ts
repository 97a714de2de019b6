import { joinedBySpace, type Token } from './tokens';

/**
 * The sentence around a capitalised word, read as evidence for or against its being a person.
 * A word is a person when the sentence says so (a role or kinship word before it, "her uncle
 * Delroy"; a role after it, "Hodan, her closest friend"; a verb only people do after it, "JS told
 * her GP") and not when it says otherwise (a place preposition, "from Sofia"). Each test returns
 * the reason in words an editor can check, or undefined.
 */

/** Role and kinship words before a name ("her friend Shannon", "a friend, Abdi,", "named Chiamaka"). */
export const personWords = new Set(
  (
    'friend friends sister brother son daughter mother father mum dad partner husband wife boyfriend girlfriend fiance fiancee neighbour neighbor cousin aunt uncle ' +
    'niece nephew grandson granddaughter grandmother grandfather grandparent grandma grandad granny stepfather stepmother stepson stepdaughter colleague carer ' +
    'child baby named called known nicknamed ex-partner ex-husband ex-wife victim perpetrator sibling relative flatmate housemate lodger tenant landlord landlady ' +
    'employer manager boss workmate classmate twin widow widower parent parents spouse'
  ).split(' '),
);
/** Words that make "X's ..." a person's ("JS's partner", "TM's key worker"). */
const belongingWords = new Set([
  ...personWords,
  ...'tutor teacher worker officer doctor nurse counsellor midwife solicitor gp family home flat phone car children child account'.split(
    ' ',
  ),
]);
/** Verbs that only people do, right after the word ("JS told her GP", "Mr K said"). */
export const personVerbs = new Set(
  (
    'said says told tells asked asks disclosed discloses explained explains admitted admits denied denies confided confides complained complains threatened ' +
    'threatens shouted shouts screamed cried wanted wants felt feels believed believes married marries divorced hit hits assaulted assaults strangled ' +
    'stabbed punched kicked raped killed murdered attacked pushed slapped controlled controls texted texts phoned phones rang rings reported reports insisted ' +
    'insists agreed agrees refused refuses begged begs pleaded travelled travels worked works lived lives died moved visited visits attended attends'
  ).split(' '),
);
/** Words between the name and its verb that keep the verb the name's ("JS later told", "Mr K had said"). */
const verbLeadIns = new Set([
  'had',
  'has',
  'later',
  'then',
  'also',
  'repeatedly',
  'often',
  'never',
  'once',
  'twice',
  'again',
  'would',
  'could',
  'did',
  'always',
  'first',
]);
/** Prepositions that put a place after them ("in Sofia", "from Kingston"). */
export const placePrepositions = new Set([
  'in',
  'from',
  'to',
  'at',
  'near',
  'via',
  'into',
  'around',
  'outside',
  'towards',
  'across',
  'between',
  'across',
  'around',
]);
/** Words in a sentence that make a titled name a cited author ("Professor Stark's work"). */
const citationWords = new Set(
  'research researcher researchers study studies work works published publication book paper article theory model timeline framework findings et al evidence-based typology concept coined wrote'.split(
    ' ',
  ),
);
// ("that" is left out: as a conjunction it comes before a subject, "told a nurse that JT said".)
const determiners = new Set(['the', 'a', 'an', 'her', 'his', 'their', 'its', 'our', 'my', 'your', 'this', 'each', 'any', 'every', 'no']);

const gap = (value: string, left: Token, right: Token) => value.slice(left.end, right.start);

/** "her uncle Delroy", "her sister-in-law Shabnam", "Her father, BALDEV SINGH,": the role word. */
export function roleBefore(value: string, tokens: readonly Token[], i: number): string | undefined {
  const previous = tokens[i - 1];
  // Role words are common nouns: "Intimate Partner Femicide" has none.
  if (!previous || !/^,?\s+$/.test(gap(value, previous, tokens[i])) || previous.text !== previous.text.toLowerCase()) return undefined;
  // "sister-in-law", "mother-in-law": the kinship word two hyphens back.
  if (
    previous.folded === 'law' &&
    i >= 3 &&
    gap(value, tokens[i - 2], previous) === '-' &&
    tokens[i - 2].folded === 'in' &&
    gap(value, tokens[i - 3], tokens[i - 2]) === '-'
  ) {
    return personWords.has(tokens[i - 3].folded) ? `${tokens[i - 3].folded}-in-law` : undefined;
  }
  return personWords.has(previous.folded) ? previous.folded : undefined;
}

/** "Hodan, her closest friend," / "VG, the victim's wife,": the role word of the apposition. */
export function roleAfter(value: string, tokens: readonly Token[], last: number): string | undefined {
  const next = tokens[last + 1];
  if (!next || !/^\s*,\s*$/.test(gap(value, tokens[last], next))) return undefined;
  // An apposition starts with a determiner or a possessive ("her closest friend", "the victim's
  // wife"); "India, was killed by her husband" is not one.
  if (!determiners.has(next.folded) && !next.possessive) return undefined;
  for (let k = last + 1; k < Math.min(tokens.length, last + 5); k++) {
    if (k > last + 1 && /[,.;:!?()]/.test(gap(value, tokens[k - 1], tokens[k]))) return undefined;
    if (personWords.has(tokens[k].folded) && !['named', 'called', 'known'].includes(tokens[k].folded)) return tokens[k].folded;
  }
  return undefined;
}

/** "JS told", "Mr K had said", "HK, as the full report calls her, told": the verb. */
export function verbAfter(value: string, tokens: readonly Token[], last: number): string | undefined {
  let k = last + 1;
  if (k >= tokens.length || tokens[last].possessive) return undefined;
  // Skip one comma clause ("HK, as the full report calls her, told ..."), at most eight words.
  if (/^\s*,\s*$/.test(gap(value, tokens[last], tokens[k]))) {
    let end = k;
    while (end < tokens.length && end - k < 8 && !/,/.test(gap(value, tokens[end], tokens[end + 1] ?? tokens[end]))) end++;
    if (end >= tokens.length || end - k >= 8) return undefined;
    k = end + 1;
    if (k >= tokens.length) return undefined;
  } else if (!joinedBySpace(value, tokens[last], tokens[k]) && !/^\s+["“‘]$/.test(gap(value, tokens[last], tokens[k]))) return undefined;
  while (k < tokens.length && verbLeadIns.has(tokens[k].folded) && /^\s+$/.test(gap(value, tokens[k - 1], tokens[k]))) k++;
  return k < tokens.length && personVerbs.has(tokens[k].folded) ? tokens[k].folded : undefined;
}

/** "JS's partner", "TM's key worker": the word that makes the possessive a person's. */
export function belongingAfter(value: string, tokens: readonly Token[], i: number): string | undefined {
  if (!tokens[i].possessive) return undefined;
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
    if (/[,.;:!?()]/.test(gap(value, tokens[k - 1], tokens[k]))) return undefined;
    if (belongingWords.has(tokens[k].folded)) return tokens[k].folded;
  }
  return undefined;
}

/** "referred to as PJ", "called TM", "known as HK": the naming words. */
export function namedAs(value: string, tokens: readonly Token[], i: number): string | undefined {
  const previous = tokens[i - 1];
  if (!previous || !/^\s+$/.test(gap(value, previous, tokens[i]))) return undefined;
  if (previous.folded === 'called' || previous.folded === 'named' || previous.folded === 'nicknamed') return previous.folded;
  if (previous.folded === 'as' && i >= 2 && ['known', 'to', 'referred', 'described'].includes(tokens[i - 2].folded))
    return `${tokens[i - 2].folded} as`;
  return undefined;
}

/** "in Sofia", "from Kingston": the preposition. */
export function placePrepositionBefore(value: string, tokens: readonly Token[], i: number): string | undefined {
  const previous = tokens[i - 1];
  if (!previous || !/^\s+$/.test(gap(value, previous, tokens[i]))) return undefined;
  return placePrepositions.has(previous.folded) ? previous.folded : undefined;
}

/** "the GP told", "her HK": a determiner makes a capitalised code a thing, not a person. */
export function determinerBefore(value: string, tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return Boolean(previous && /^\s+$/.test(gap(value, previous, tokens[i])) && determiners.has(previous.folded));
}

/** The citation word of the sentence around tokens first..last ("research", "work"), if any. */
export function citationAround(value: string, tokens: readonly Token[], first: number, last: number): string | undefined {
  for (let k = first - 1; k >= 0 && first - k <= 12; k--) {
    if (/[.!?]\s/.test(gap(value, tokens[k], tokens[k + 1]))) break;
    if (citationWords.has(tokens[k].folded)) return tokens[k].folded;
  }
  for (let k = last + 1; k < tokens.length && k - last <= 8; k++) {
    if (/[.!?]\s/.test(gap(value, tokens[k - 1], tokens[k]))) break;
    if (citationWords.has(tokens[k].folded)) return tokens[k].folded;
  }
  return undefined;
}
