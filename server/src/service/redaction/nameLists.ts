import type { AgencyEntry } from '../agencies/agencyTypes';
import { foldText } from './normalize';
import { packWords, type PackedWords } from '../packedWords';

/**
 * The word lists of the person-name rule, folded (see nameData.ts for what each holds and where it
 * comes from). They are folded at build time (scripts/generate-precomputed.mjs writes them, packed,
 * to server/src/generated/nameLists.ts) with these very functions, so the build and the server's
 * own folding of a workspace's catalogue cannot disagree; a unit test holds the generated file to them.
 */
export interface NameListSources {
  /** Given names, lower case (gender-detection-from-name's English list). */
  givenNames: Iterable<string>;
  /** SCOWL word lists, levels 10 to 35 and 40 to 50. */
  commonWordLists: readonly (readonly string[])[];
  rareWordLists: readonly (readonly string[])[];
  ukPlaces: readonly string[];
  world: { countries: readonly string[]; demonyms: readonly string[]; languages: readonly string[]; places: readonly string[] };
  terms: {
    schemes: readonly string[];
    brands: readonly string[];
    communities: readonly string[];
    acronyms: readonly string[];
    organisationStarts: readonly string[];
    organisationEnds: readonly string[];
  };
  catalogue: readonly AgencyEntry[];
}

export const nameListNames = [
  'givenNames',
  'ordinaryWords',
  'rareWords',
  'places',
  'notPeople',
  'acronyms',
  'organisationEnds',
  'organisationStarts',
  'agencies',
] as const;
export type NameListName = (typeof nameListNames)[number];

/** The longest phrase of a list, in words, capped (bounds the phrase look-ups). */
export interface PhraseLengths {
  agencyMaxWords: number;
  placeMaxWords: number;
  notPeopleMaxWords: number;
}

export type FoldedNameLists = Record<NameListName, ReadonlySet<string>> & PhraseLengths;
export type PackedNameLists = Record<NameListName, PackedWords> & PhraseLengths;

export function foldNameLists(sources: NameListSources): FoldedNameLists {
  const givenNames = new Set<string>();
  for (const name of sources.givenNames) if (name.length >= 2) givenNames.add(foldText(name));
  const lowerCaseWords = (lists: readonly (readonly string[])[]) => new Set(lists.flat().filter((word) => word === word.toLowerCase()));
  const { world, terms } = sources;
  const places = new Set([...sources.ukPlaces, ...world.countries, ...world.places].map(foldPhrase));
  const notPeople = new Set(
    [...world.demonyms, ...world.languages, ...terms.schemes, ...terms.brands, ...terms.communities].map(foldPhrase),
  );
  const agencies = new Set<string>();
  for (const entry of sources.catalogue) {
    if (entry.area) for (const part of entry.area.split(/\s*(?:,| and )\s*/)) if (part) places.add(foldPhrase(part));
    if (entry.area) places.add(foldPhrase(entry.area));
    for (const name of [entry.name, ...entry.variants, ...entry.abbreviations]) agencies.add(foldPhrase(name));
  }
  const maxWords = (set: Set<string>) => Math.max(1, ...[...set].map((phrase) => phrase.split(' ').length));
  return {
    givenNames,
    ordinaryWords: lowerCaseWords(sources.commonWordLists),
    rareWords: lowerCaseWords(sources.rareWordLists),
    places,
    notPeople,
    acronyms: new Set(terms.acronyms),
    organisationEnds: new Set(terms.organisationEnds.map((word) => foldText(word))),
    organisationStarts: new Set(terms.organisationStarts.map((word) => foldText(word))),
    agencies,
    agencyMaxWords: Math.min(12, maxWords(agencies)),
    placeMaxWords: Math.min(6, maxWords(places)),
    notPeopleMaxWords: Math.min(6, maxWords(notPeople)),
  };
}

export function packNameLists(folded: FoldedNameLists): PackedNameLists {
  const packed = Object.fromEntries(nameListNames.map((name) => [name, packWords(folded[name])])) as Record<NameListName, PackedWords>;
  return {
    ...packed,
    agencyMaxWords: folded.agencyMaxWords,
    placeMaxWords: folded.placeMaxWords,
    notPeopleMaxWords: folded.notPeopleMaxWords,
  };
}

/**
 * A phrase as a look-up key: folded, one space between words, and "Saint"/"St." as "st" and no
 * apostrophe, so "Bishop's Stortford" finds GeoNames' "Bishops Stortford" and "St Neots" its
 * "Saint Neots".
 */
export function foldPhrase(text: string): string {
  return foldText(text)
    .replace(/['’ʼ]/g, '')
    .replace(/[\s,]+/g, ' ')
    .replace(/\b(?:saint|st\.)(?= )/g, 'st')
    .trim();
}
